-- Which customer a notification is about, so that a customer's erasure reaches the outbox: their
-- undelivered notifications are deleted, the bodies of delivered ones are blanked (the row, its
-- state and attempts stay for the audit), and a merge moves them to the surviving profile.
-- Null for notifications about no customer (a ping, a case without a customer, a metric alert).
ALTER TABLE notification_delivery ADD COLUMN customer_id BIGINT;
-- When the body was blanked because the customer was erased; such a delivery cannot be redelivered.
ALTER TABLE notification_delivery ADD COLUMN erased_at TIMESTAMP;
CREATE INDEX notification_delivery_customer ON notification_delivery (customer_id);
