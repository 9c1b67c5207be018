-- The public survey page keeps more about a partly answered form: the touchpoint the link named
-- (carried to the response), and when the form was sent, so that a second send of the last page
-- (a double click, the back button) is answered as a duplicate instead of starting over.
ALTER TABLE survey_draft ADD COLUMN touchpoint VARCHAR(64);
ALTER TABLE survey_draft ADD COLUMN submitted_at TIMESTAMP;
