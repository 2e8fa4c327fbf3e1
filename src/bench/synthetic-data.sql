-- SYNTHETIC national-scale benchmark data: NOT real data, never part of the bundled dataset, never loaded by default.
-- Run by src/bench/SyntheticData.java (src/bench/synthetic-data.sh) in one transaction, into scratch tables shaped as
-- the service's (a schema of their own, rolled back), from which it writes a data package that the service's load
-- command validates and loads.
--
-- 243 local governments per scale unit (17 광역 and 226 기초 at 1x; each further unit adds 243 기초), each with one
-- pledge plan of 60 to 120 pledges and sub-pledges, an investment in each of the 4 periods for every pledge, a
-- published total per period, and a budget execution (2023) and settlement (2022) table. Every id starts with
-- 'synthetic-', every dataset's source document is 'SYNTHETIC', every title starts with '[합성]' (synthetic).
--
-- Deterministic: every "random" choice is a hash of the seed and the row's key (md5, so the same on every
-- PostgreSQL version), never random(). Consistent: periods add up to the row total, sub-pledges to their pledge,
-- execution lines to their total line, remainders and rates follow from the amounts, so /api/v1/consistency has
-- something true to check.
--
-- Parameters (session settings, set by the loader): synthetic.scale (1 to 40), synthetic.seed (any text).

CREATE FUNCTION pg_temp.rnd(key TEXT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT ('x' || substr(md5(current_setting('synthetic.seed') || ':' || key), 1, 8))::BIT(32)::BIGINT
$$;

DO $$
BEGIN
    IF current_setting('synthetic.scale')::INTEGER NOT BETWEEN 1 AND 40 THEN
        RAISE EXCEPTION 'synthetic.scale must be from 1 to 40, not %', current_setting('synthetic.scale');
    END IF;
END
$$;

-- Governments: 17 광역 (codes 60 to 76, which no real 광역 has, so that the package can be loaded beside the bundled
-- data), then 기초 spread over them round-robin (code = 광역 code + 3 digits).
CREATE TEMP TABLE syn_government ON COMMIT DROP AS
SELECT 'synthetic-m' || lpad(i::TEXT, 2, '0') AS id, '(합성) 광역 ' || (59 + i) AS name, 'METROPOLITAN' AS level,
       '광역' AS level_label, (59 + i)::TEXT AS admin_code, NULL::TEXT AS parent_id
FROM generate_series(1, 17) AS i
UNION ALL
SELECT 'synthetic-b' || lpad(j::TEXT, 5, '0'),
       '(합성) 기초 ' || (60 + (j - 1) % 17) || lpad(((j - 1) / 17 + 1)::TEXT, 3, '0'),
       'BASIC', '기초',
       (60 + (j - 1) % 17)::TEXT || lpad(((j - 1) / 17 + 1)::TEXT, 3, '0'),
       'synthetic-m' || lpad((1 + (j - 1) % 17)::TEXT, 2, '0')
FROM generate_series(1, 243 * current_setting('synthetic.scale')::INTEGER - 17) AS j;

INSERT INTO government (id, name, level, level_label, admin_code, parent_id)
SELECT id, name, level, level_label, admin_code, parent_id FROM syn_government ORDER BY parent_id NULLS FIRST, id;

INSERT INTO dataset (id, government_id, title, source_document, source_section, publisher, as_of, as_of_text,
                     period_text, unit, unit_label, licence_note, description)
SELECT g.id || kind.suffix, g.id, kind.title, 'SYNTHETIC', 'SYNTHETIC > ' || kind.title, g.name, kind.as_of,
       kind.as_of_text, kind.period_text, kind.unit, kind.unit_label,
       'SYNTHETIC: generated benchmark data, not published by anyone',
       'SYNTHETIC benchmark data (src/bench/synthetic-data.sql, seed ' || current_setting('synthetic.seed')
           || ', scale ' || current_setting('synthetic.scale') || '): ' || kind.description
FROM syn_government g
CROSS JOIN (VALUES
    ('-pledge-plan', '[합성] 연차별 투자계획', NULL::DATE, NULL, '민선8기', 'MILLION_KRW', '백만원',
     'pledges and sub-pledges with their yearly investment plan'),
    ('-execution-2023', '[합성] 업무추진비 집행현황', DATE '2023-06-30', '2023. 6. 30. 기준', '2023', 'THOUSAND_KRW', '천원',
     'budget execution lines'),
    ('-settlement-2022', '[합성] 업무추진비 결산', NULL::DATE, NULL, '2022', 'THOUSAND_KRW', '천원',
     'settlement lines')
) AS kind (suffix, title, as_of, as_of_text, period_text, unit, unit_label, description);

-- Pledges: n = 60..120 rows per government; the first third are pledges (depth 1) spread over the 5 strategy areas,
-- the rest sub-pledges (depth 2) dealt out to them in turn, so that every pledge has at least one.
CREATE TEMP TABLE syn_size ON COMMIT DROP AS
SELECT id AS government_id, n, (n + 2) / 3 AS m
FROM (SELECT id, (60 + pg_temp.rnd(id || ':n') % 61)::INTEGER AS n FROM syn_government) AS counted;

CREATE TEMP TABLE syn_pledge ON COMMIT DROP AS
WITH numbered AS (
    SELECT s.government_id, k, s.m,
           CASE WHEN k <= s.m THEN k ELSE 1 + (k - s.m - 1) % s.m END AS p,
           CASE WHEN k <= s.m THEN NULL ELSE (k - s.m - 1) / s.m + 1 END AS sub
    FROM syn_size s CROSS JOIN LATERAL generate_series(1, s.n) AS k
), coded AS (
    SELECT government_id, k, p, sub, 1 + (p - 1) % 5 AS area,
           (1 + (p - 1) % 5) || '-' || ((p - 1) / 5 + 1) AS pledge_code
    FROM numbered
)
SELECT government_id || ':' || pledge_code || coalesce('-' || sub, '') AS id, government_id,
       government_id || '-pledge-plan' AS dataset_id,
       pledge_code || coalesce('-' || sub, '') AS code, area,
       CASE WHEN sub IS NULL THEN 1 ELSE 2 END AS depth,
       CASE WHEN sub IS NULL THEN NULL ELSE government_id || ':' || pledge_code END AS parent_id,
       government_id || ':' || pledge_code AS top_id, k
FROM coded;

CREATE TEMP TABLE syn_word ON COMMIT DROP AS
SELECT ARRAY['청년', '어르신', '아동', '주거', '교통', '환경', '안전', '문화', '관광', '일자리', '복지', '교육', '보건',
             '도시재생', '스마트', '탄소중립', '하천', '공원', '도서관', '체육', '소상공인', '전통시장', '농업', '돌봄',
             '반려동물', '마을', '자치', '디지털', '에너지', '녹지'] AS topics,
       ARRAY['지원', '확충', '조성', '강화', '개선', '추진', '운영', '구축', '활성화', '정비', '확대', '도입'] AS actions;

-- Leaves (sub-pledges) carry the amounts; a pledge of depth 1 is the sum of its sub-pledges. One pledge in ten is
-- 비예산 (non-budget), and so are its sub-pledges.
CREATE TEMP TABLE syn_leaf ON COMMIT DROP AS
SELECT p.id, pg_temp.rnd(p.top_id || ':non-budget') % 10 = 0 AS non_budget,
       (100 + pg_temp.rnd(p.id || ':total') % 500000) * 0.01 AS total,
       ARRAY[pg_temp.rnd(p.id || ':w1') % 4, pg_temp.rnd(p.id || ':w2') % 4,
             pg_temp.rnd(p.id || ':w3') % 4, pg_temp.rnd(p.id || ':w4') % 4] AS weights
FROM syn_pledge p WHERE p.depth = 2;
UPDATE syn_leaf SET weights[1] = 1 WHERE weights = ARRAY[0, 0, 0, 0]::BIGINT[];

CREATE TEMP TABLE syn_period ON COMMIT DROP AS
SELECT * FROM (VALUES (1, '2022-2023', 2022, 2023), (2, '2024', 2024, 2024), (3, '2025', 2025, 2025),
                      (4, '2026', 2026, 2026)) AS period (ord, period, from_year, to_year);

-- A leaf's periods: its total shared by the weights, cut to 2 decimals, the last weighted period taking the rest,
-- so that the periods add up to the total exactly. A weight of 0 is a '-' (NONE).
CREATE TEMP TABLE syn_leaf_investment ON COMMIT DROP AS
WITH shares AS (
    SELECT l.id AS pledge_id, l.non_budget, l.total, per.ord, l.weights[per.ord] AS w,
           (SELECT sum(x) FROM unnest(l.weights) AS x) AS w_sum,
           (SELECT max(i) FROM generate_subscripts(l.weights, 1) AS i WHERE l.weights[i] > 0) AS last_ord
    FROM syn_leaf l CROSS JOIN syn_period per
), cut AS (
    SELECT pledge_id, non_budget, total, ord, w, last_ord,
           CASE WHEN w = 0 THEN NULL ELSE trunc(total * w / w_sum, 2) END AS amount
    FROM shares
)
SELECT pledge_id, ord, non_budget,
       CASE WHEN non_budget OR w = 0 THEN NULL
            WHEN ord = last_ord THEN total - coalesce(sum(amount) FILTER (WHERE ord <> last_ord)
                                                       OVER (PARTITION BY pledge_id), 0)
            ELSE amount END AS amount
FROM cut;

INSERT INTO pledge (id, government_id, dataset_id, code, area, depth, parent_id, title, total_amount, total_status,
                    budget_type, unit, source_order)
SELECT p.id, p.government_id, p.dataset_id, p.code, p.area, p.depth, p.parent_id,
       '[합성] ' || w.topics[1 + pg_temp.rnd(p.id || ':t1') % 30] || ' ' || w.topics[1 + pg_temp.rnd(p.id || ':t2') % 30]
           || ' ' || w.actions[1 + pg_temp.rnd(p.id || ':a') % 12],
       CASE WHEN t.non_budget THEN NULL ELSE t.total END,
       CASE WHEN t.non_budget THEN 'NON_BUDGET' ELSE 'AMOUNT' END,
       CASE WHEN t.non_budget THEN 'NON_BUDGET' ELSE 'BUDGET' END,
       'MILLION_KRW',
       row_number() OVER (PARTITION BY p.government_id ORDER BY string_to_array(p.code, '-')::INTEGER[])
FROM syn_pledge p
CROSS JOIN syn_word w
JOIN (
    SELECT id, non_budget, total FROM syn_leaf
    UNION ALL
    SELECT parent.id, bool_or(l.non_budget), sum(l.total)
    FROM syn_pledge parent JOIN syn_pledge child ON child.parent_id = parent.id JOIN syn_leaf l ON l.id = child.id
    WHERE parent.depth = 1
    GROUP BY parent.id
) t ON t.id = p.id
ORDER BY p.depth, p.id;

INSERT INTO investment (id, pledge_id, period, from_year, to_year, amount, status, unit)
SELECT i.pledge_id || ':' || per.period, i.pledge_id, per.period, per.from_year, per.to_year, i.amount,
       CASE WHEN i.non_budget THEN 'NON_BUDGET' WHEN i.amount IS NULL THEN 'NONE' ELSE 'AMOUNT' END, 'MILLION_KRW'
FROM (
    SELECT pledge_id, ord, non_budget, amount FROM syn_leaf_investment
    UNION ALL
    SELECT child.parent_id, i.ord, bool_or(i.non_budget), sum(i.amount)
    FROM syn_leaf_investment i JOIN syn_pledge child ON child.id = i.pledge_id
    GROUP BY child.parent_id, i.ord
) i
JOIN syn_period per ON per.ord = i.ord
ORDER BY i.pledge_id, per.ord;

-- The printed grand total (총 계) of each plan: the row total and each period, over the pledges of depth 1.
INSERT INTO published_total (id, dataset_id, government_id, label, period, from_year, to_year, amount, status, unit)
SELECT p.government_id || ':total' || coalesce(':' || per.period, ''), p.government_id || '-pledge-plan',
       p.government_id, '총 계', per.period, per.from_year, per.to_year,
       sum(coalesce(i.amount, CASE WHEN per.period IS NULL THEN p.total_amount END)),
       CASE WHEN sum(coalesce(i.amount, CASE WHEN per.period IS NULL THEN p.total_amount END)) IS NULL
            THEN 'NONE' ELSE 'AMOUNT' END,
       'MILLION_KRW'
FROM pledge p
CROSS JOIN (SELECT period, from_year, to_year FROM syn_period UNION ALL SELECT NULL, NULL, NULL) per
LEFT JOIN investment i ON i.pledge_id = p.id AND i.period = per.period
WHERE p.depth = 1 AND p.id LIKE 'synthetic-%'
GROUP BY p.government_id, per.period, per.from_year, per.to_year;

-- Budget execution (2023) and settlement (2022): a total line and 3 to 10 item lines per government, in thousands
-- of won, each line's remainder and rate computed from its own amounts as the source tables print them.
CREATE TEMP TABLE syn_item ON COMMIT DROP AS
SELECT g.id AS government_id, i AS item,
       (ARRAY['기관운영업무추진비', '시책추진업무추진비', '정원가산업무추진비', '부서운영업무추진비', '의회운영업무추진비',
              '국외업무여비', '특정업무경비', '포상금', '행사운영비', '홍보비'])[i] AS item_name,
       1000 + pg_temp.rnd(g.id || ':budget:' || i) % 500000 AS budget,
       pg_temp.rnd(g.id || ':executed:' || i) % 1001 AS executed_permille,
       pg_temp.rnd(g.id || ':committed:' || i) % 101 AS committed_percent,
       pg_temp.rnd(g.id || ':spent:' || i) % 101 AS spent_percent,
       pg_temp.rnd(g.id || ':carried:' || i) % 3 AS carried_kind
FROM syn_government g
CROSS JOIN LATERAL generate_series(1, 3 + (pg_temp.rnd(g.id || ':items') % 8)::INTEGER) AS i;

CREATE TEMP TABLE syn_execution ON COMMIT DROP AS
SELECT government_id, item, item_name, budget, budget * executed_permille / 1000 AS executed
FROM syn_item;

CREATE TEMP TABLE syn_settlement ON COMMIT DROP AS
WITH amounts AS (
    SELECT government_id, item, item_name, budget AS current_budget,
           budget * committed_percent / 100 AS commitment,
           budget * committed_percent / 100 * spent_percent / 100 AS expenditure, carried_kind
    FROM syn_item
)
SELECT government_id, item, item_name, current_budget, commitment, expenditure,
       CASE WHEN carried_kind = 0 THEN NULL ELSE (commitment - expenditure) / carried_kind END AS carried_over
FROM amounts;

INSERT INTO execution_line (id, government_id, dataset_id, kind, fiscal_year, as_of, parent_id, depth, line_order,
                            item_name, is_total, unit, budget_amount, executed_amount, execution_rate,
                            remaining_amount)
SELECT line.id, line.government_id, line.government_id || '-execution-2023', 'EXECUTION', 2023, DATE '2023-06-30',
       line.parent_id, line.depth, line.line_order, line.item_name, line.is_total, 'THOUSAND_KRW', line.budget,
       line.executed, round(line.executed * 100.0 / line.budget, 1), line.budget - line.executed
FROM (
    SELECT government_id || ':execution-2023:total' AS id, government_id, NULL AS parent_id, 0 AS depth,
           1 AS line_order, '계' AS item_name, TRUE AS is_total, sum(budget) AS budget, sum(executed) AS executed
    FROM syn_execution GROUP BY government_id
    UNION ALL
    SELECT government_id || ':execution-2023:' || item, government_id, government_id || ':execution-2023:total', 1,
           item + 1, item_name, FALSE, budget, executed
    FROM syn_execution
) line
ORDER BY line.depth, line.id;

INSERT INTO execution_line (id, government_id, dataset_id, kind, fiscal_year, as_of, parent_id, depth, line_order,
                            item_name, is_total, unit, current_budget_amount, commitment_amount, expenditure_amount,
                            carried_over_amount, carried_over_status, unspent_amount, unspent_rate)
SELECT line.id, line.government_id, line.government_id || '-settlement-2022', 'SETTLEMENT', 2022, NULL,
       line.parent_id, line.depth, line.line_order, line.item_name, line.is_total, 'THOUSAND_KRW',
       line.current_budget, line.commitment, line.expenditure, line.carried_over,
       CASE WHEN line.carried_over IS NULL THEN 'NONE' ELSE 'AMOUNT' END,
       line.current_budget - line.expenditure - coalesce(line.carried_over, 0),
       round((line.current_budget - line.expenditure - coalesce(line.carried_over, 0)) * 100.0
                 / line.current_budget, 1)
FROM (
    SELECT government_id || ':settlement-2022:total' AS id, government_id, NULL AS parent_id, 0 AS depth,
           1 AS line_order, '합 계' AS item_name, TRUE AS is_total, sum(current_budget) AS current_budget,
           sum(commitment) AS commitment, sum(expenditure) AS expenditure, sum(carried_over) AS carried_over
    FROM syn_settlement GROUP BY government_id
    UNION ALL
    SELECT government_id || ':settlement-2022:' || item, government_id, government_id || ':settlement-2022:total', 1,
           item + 1, item_name, FALSE, current_budget, commitment, expenditure, carried_over
    FROM syn_settlement
) line
ORDER BY line.depth, line.id;

-- What the service reports as its data version: the ETags and Last-Modified of every answer follow it.
INSERT INTO data_load (singleton, version, loaded_at)
VALUES (TRUE, 'synthetic-scale-' || current_setting('synthetic.scale') || '-seed-' || current_setting('synthetic.seed'),
        now())
ON CONFLICT (singleton) DO UPDATE SET version = EXCLUDED.version, loaded_at = EXCLUDED.loaded_at;
