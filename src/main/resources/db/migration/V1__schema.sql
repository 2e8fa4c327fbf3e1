-- Schema of the bundled open data. Amounts are NUMERIC without a fixed scale so that a value keeps exactly the
-- decimals the source printed (873.20 stays 873.20). NULL means the source does not give the value; where the
-- source printed '-' or '비예산' a status column says which.

CREATE TABLE government (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('METROPOLITAN', 'BASIC')),
    level_label TEXT NOT NULL,
    admin_code  TEXT NOT NULL UNIQUE CHECK (admin_code ~ '^[0-9]{2}([0-9]{3})?$'),
    parent_id   TEXT REFERENCES government (id)
);

CREATE TABLE dataset (
    id              TEXT PRIMARY KEY,
    government_id   TEXT NOT NULL REFERENCES government (id),
    title           TEXT NOT NULL,
    source_document TEXT NOT NULL,
    source_section  TEXT,
    publisher       TEXT,
    as_of           DATE,
    as_of_text      TEXT,
    period_text     TEXT,
    unit            TEXT,
    unit_label      TEXT,
    licence_note    TEXT,
    description     TEXT
);

CREATE TABLE dataset_field (
    dataset_id  TEXT NOT NULL REFERENCES dataset (id),
    ord         INTEGER NOT NULL,
    resource    TEXT NOT NULL,
    field       TEXT NOT NULL,
    type        TEXT NOT NULL,
    unit        TEXT,
    description TEXT NOT NULL,
    PRIMARY KEY (dataset_id, resource, field)
);

CREATE TABLE pledge (
    id            TEXT PRIMARY KEY,
    government_id TEXT NOT NULL REFERENCES government (id),
    dataset_id    TEXT NOT NULL REFERENCES dataset (id),
    code          TEXT NOT NULL CHECK (code ~ '^[0-9]+(-[0-9]+)+$'),
    -- '1-2' sorts before '1-10': the code as numbers, compared part by part.
    code_sort     INTEGER[] GENERATED ALWAYS AS (string_to_array(code, '-')::INTEGER[]) STORED,
    area          INTEGER NOT NULL,
    depth         INTEGER NOT NULL CHECK (depth IN (1, 2)),
    parent_id     TEXT REFERENCES pledge (id),
    title         TEXT NOT NULL,
    total_amount  NUMERIC,
    total_status  TEXT NOT NULL CHECK (total_status IN ('AMOUNT', 'NONE', 'NON_BUDGET')),
    budget_type   TEXT NOT NULL CHECK (budget_type IN ('BUDGET', 'NON_BUDGET')),
    unit          TEXT NOT NULL,
    source_order  INTEGER NOT NULL,
    UNIQUE (government_id, code),
    CHECK ((total_status = 'AMOUNT') = (total_amount IS NOT NULL))
);

CREATE TABLE investment (
    id        TEXT PRIMARY KEY,
    pledge_id TEXT NOT NULL REFERENCES pledge (id),
    period    TEXT NOT NULL,
    from_year INTEGER NOT NULL,
    to_year   INTEGER NOT NULL CHECK (to_year >= from_year),
    amount    NUMERIC,
    status    TEXT NOT NULL CHECK (status IN ('AMOUNT', 'NONE', 'NON_BUDGET')),
    unit      TEXT NOT NULL,
    UNIQUE (pledge_id, period),
    CHECK ((status = 'AMOUNT') = (amount IS NOT NULL))
);

CREATE TABLE published_total (
    id            TEXT PRIMARY KEY,
    dataset_id    TEXT NOT NULL REFERENCES dataset (id),
    government_id TEXT NOT NULL REFERENCES government (id),
    label         TEXT NOT NULL,
    period        TEXT,
    from_year     INTEGER,
    to_year       INTEGER,
    amount        NUMERIC,
    status        TEXT NOT NULL CHECK (status IN ('AMOUNT', 'NONE', 'NON_BUDGET')),
    unit          TEXT NOT NULL
);

CREATE TABLE response_plan (
    id                  TEXT PRIMARY KEY,
    government_id       TEXT NOT NULL REFERENCES government (id),
    dataset_id          TEXT NOT NULL REFERENCES dataset (id),
    hazard              TEXT NOT NULL,
    hazard_label        TEXT NOT NULL,
    title               TEXT NOT NULL,
    section             TEXT,
    operating_from      DATE,
    operating_to        DATE,
    operating_text      TEXT,
    standby_before_from DATE,
    standby_before_to   DATE,
    standby_after_from  DATE,
    standby_after_to    DATE,
    basis_text          TEXT
);

CREATE TABLE response_stage (
    id                TEXT PRIMARY KEY,
    plan_id           TEXT NOT NULL REFERENCES response_plan (id),
    stage_order       INTEGER NOT NULL,
    code              TEXT NOT NULL,
    name              TEXT NOT NULL,
    alert_level       TEXT NOT NULL CHECK (alert_level IN ('ATTENTION', 'CAUTION', 'ALERT', 'SERIOUS')),
    alert_level_label TEXT NOT NULL,
    trigger_text      TEXT,
    staffing_text     TEXT,
    staffing_role     TEXT,
    staffing_teams    INTEGER,
    staffing_persons  INTEGER,
    UNIQUE (plan_id, stage_order)
);

CREATE TABLE response_criterion (
    id              TEXT PRIMARY KEY,
    plan_id         TEXT NOT NULL REFERENCES response_plan (id),
    ord             INTEGER NOT NULL,
    category        TEXT NOT NULL,
    measure         TEXT,
    threshold_value NUMERIC,
    threshold_unit  TEXT,
    condition_text  TEXT,
    text            TEXT NOT NULL
);

CREATE TABLE response_measure (
    id      TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES response_plan (id),
    ord     INTEGER NOT NULL,
    heading TEXT,
    text    TEXT NOT NULL
);

CREATE TABLE execution_line (
    id                    TEXT PRIMARY KEY,
    government_id         TEXT NOT NULL REFERENCES government (id),
    dataset_id            TEXT NOT NULL REFERENCES dataset (id),
    kind                  TEXT NOT NULL CHECK (kind IN ('EXECUTION', 'SETTLEMENT')),
    fiscal_year           INTEGER NOT NULL,
    as_of                 DATE,
    parent_id             TEXT REFERENCES execution_line (id),
    depth                 INTEGER NOT NULL,
    line_order            INTEGER NOT NULL,
    item_name             TEXT NOT NULL,
    is_total              BOOLEAN NOT NULL,
    unit                  TEXT NOT NULL,
    budget_amount         NUMERIC,
    executed_amount       NUMERIC,
    execution_rate        NUMERIC,
    remaining_amount      NUMERIC,
    note                  TEXT,
    current_budget_amount NUMERIC,
    commitment_amount     NUMERIC,
    expenditure_amount    NUMERIC,
    carried_over_amount   NUMERIC,
    carried_over_status   TEXT CHECK (carried_over_status IN ('AMOUNT', 'NONE')),
    unspent_amount        NUMERIC,
    unspent_rate          NUMERIC
);

CREATE TABLE achievement (
    id             TEXT PRIMARY KEY,
    government_id  TEXT NOT NULL REFERENCES government (id),
    dataset_id     TEXT NOT NULL REFERENCES dataset (id),
    parent_id      TEXT REFERENCES achievement (id),
    kind           TEXT NOT NULL,
    kind_label     TEXT NOT NULL,
    title          TEXT NOT NULL,
    body           TEXT,
    date_from      DATE,
    date_to        DATE,
    date_precision TEXT CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    date_text      TEXT,
    section        TEXT,
    ord            INTEGER NOT NULL,
    CHECK (date_to IS NULL OR date_from IS NULL OR date_to >= date_from)
);

CREATE TABLE achievement_section (
    achievement_id TEXT NOT NULL REFERENCES achievement (id),
    ord            INTEGER NOT NULL,
    heading        TEXT NOT NULL,
    text           TEXT NOT NULL,
    PRIMARY KEY (achievement_id, ord)
);

CREATE TABLE figure (
    id            TEXT PRIMARY KEY,
    government_id TEXT NOT NULL REFERENCES government (id),
    dataset_id    TEXT NOT NULL REFERENCES dataset (id),
    section       TEXT,
    label         TEXT NOT NULL,
    qualifier     TEXT,
    value         NUMERIC,
    value_text    TEXT NOT NULL,
    unit          TEXT NOT NULL,
    unit_label    TEXT,
    as_of         DATE,
    date_text     TEXT,
    ord           INTEGER NOT NULL
);

-- One row: which bundled data is loaded and when. Its version changes exactly when the data does.
CREATE TABLE data_load (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   TEXT NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);

-- Every filter and sort of the API has an index.
CREATE INDEX pledge_government_idx ON pledge (government_id, area, depth);
CREATE INDEX pledge_parent_idx ON pledge (parent_id);
CREATE INDEX investment_pledge_idx ON investment (pledge_id);
CREATE INDEX investment_years_idx ON investment (from_year, to_year);
CREATE INDEX response_stage_plan_idx ON response_stage (plan_id, stage_order);
CREATE INDEX response_plan_government_idx ON response_plan (government_id, hazard);
CREATE INDEX execution_line_government_idx ON execution_line (government_id, fiscal_year, kind);
CREATE INDEX execution_line_parent_idx ON execution_line (parent_id);
CREATE INDEX achievement_government_idx ON achievement (government_id, kind);
CREATE INDEX achievement_dates_idx ON achievement (date_from, date_to);
CREATE INDEX figure_government_idx ON figure (government_id, dataset_id);
