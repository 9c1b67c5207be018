-- A goal may measure its metric over one segment's customers (a customer tag); null for everyone.
ALTER TABLE analytics_goal ADD COLUMN segment VARCHAR(64);
