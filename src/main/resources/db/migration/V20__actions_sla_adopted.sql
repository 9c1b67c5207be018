-- When the SLA check gave a clock to a case that had none (opened before SLAs existed, or brought
-- in by a backfill); NULL when the clock started with the case. Targets already breached at that
-- moment were recorded with their due times and settled without notice (no history entry, no
-- escalation): their escalated_at is this same time, so the check never escalates them.
ALTER TABLE cx_case_sla ADD COLUMN adopted_at TIMESTAMP;
