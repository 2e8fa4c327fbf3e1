-- Arithmetic relations between printed figures (table figure): a subtotal and its parts, a change and the two values
-- it is the difference of, a growth rate and its two years. They are data (data/figure_relations.csv), listed by hand
-- and reviewable, so that /api/v1/consistency can recompute each printed result from its printed operands. The
-- checks of the pledge and execution tables need no such list: their trees and columns say what adds up.

CREATE TABLE figure_relation (
    id               TEXT PRIMARY KEY,
    government_id    TEXT NOT NULL REFERENCES government (id),
    dataset_id       TEXT NOT NULL REFERENCES dataset (id),
    kind             TEXT NOT NULL CHECK (kind IN ('SUM', 'DIFFERENCE', 'PRODUCT', 'GROWTH_RATE')),
    result_figure_id TEXT NOT NULL REFERENCES figure (id),
    -- In order. SUM: result = the sum of all; DIFFERENCE: the first minus the others; PRODUCT: the product of all;
    -- GROWTH_RATE: (first - second) / second x 100.
    operand_ids      TEXT[] NOT NULL CHECK (cardinality(operand_ids) >= 2),
    -- Decimals the result is printed with, for a rate: the recomputed rate is rounded half-up to them.
    decimals         INTEGER CHECK (decimals BETWEEN 0 AND 10),
    description      TEXT NOT NULL,
    CHECK ((kind = 'GROWTH_RATE') = (decimals IS NOT NULL)),
    CHECK (kind <> 'GROWTH_RATE' OR cardinality(operand_ids) = 2)
);

-- An array holds no foreign keys: this trigger gives every operand id the same guarantee, so that a relation naming
-- a figure that does not exist fails the data load instead of a request.
CREATE FUNCTION figure_relation_operands_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing TEXT;
BEGIN
    SELECT operand INTO missing
    FROM unnest(NEW.operand_ids) AS operand
    WHERE NOT EXISTS (SELECT 1 FROM figure WHERE figure.id = operand)
    LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'figure_relation %: operand % is not a figure', NEW.id, missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER figure_relation_operands_exist
    BEFORE INSERT OR UPDATE ON figure_relation
    FOR EACH ROW EXECUTE FUNCTION figure_relation_operands_exist();

CREATE INDEX figure_relation_government_idx ON figure_relation (government_id, dataset_id);
