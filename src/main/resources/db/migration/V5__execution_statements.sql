-- Statements the settlement report prints in place of figures ('명시·사고이월 : 해당 없음', a 결산검사 시정권고사항
-- table whose only row is '< 해 당 없 음 >'): a journalist asking whether anything was carried over needs the printed
-- answer, and an amount of 0 would claim a figure the source does not print. They are lines of kind STATEMENT with a
-- status and the text as printed, and no amount at all.

ALTER TABLE execution_line
    ADD COLUMN statement_status TEXT,
    ADD COLUMN statement_text   TEXT;

ALTER TABLE execution_line
    DROP CONSTRAINT execution_line_kind_check,
    ADD CONSTRAINT execution_line_kind_check CHECK (kind IN ('EXECUTION', 'SETTLEMENT', 'STATEMENT')),
    ADD CONSTRAINT execution_line_statement_status_check CHECK (statement_status IN ('NOT_APPLICABLE')),
    -- A statement, and only a statement, has a status and its printed text ...
    ADD CONSTRAINT execution_line_statement_given
        CHECK ((kind = 'STATEMENT') = (statement_status IS NOT NULL AND statement_text IS NOT NULL)),
    -- ... and never an amount, a rate or an amount status.
    ADD CONSTRAINT execution_line_statement_without_amounts CHECK (kind <> 'STATEMENT' OR (
        budget_amount IS NULL AND executed_amount IS NULL AND execution_rate IS NULL AND remaining_amount IS NULL
        AND note IS NULL AND current_budget_amount IS NULL AND commitment_amount IS NULL
        AND expenditure_amount IS NULL AND carried_over_amount IS NULL AND carried_over_status IS NULL
        AND unspent_amount IS NULL AND unspent_rate IS NULL));
