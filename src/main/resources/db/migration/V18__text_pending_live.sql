-- Whether a queued text was stored live (an event or response as it happens, a case note) or
-- loaded as history (imports, the demo, re-analysis): alert rules act only on live texts.
ALTER TABLE text_pending ADD COLUMN live BOOLEAN;
