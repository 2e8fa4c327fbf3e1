-- Indexes for the filters and sorts that V1's indexes leave to a scan, found with EXPLAIN ANALYZE on the synthetic
-- national-scale data (src/bench, 1x and 10x: up to 218,000 pledges and 872,000 investments). Every sort of the API
-- ends with the id as tie-breaker, ascending, and puts nulls last; an index serves a sort only when it has the same
-- columns in the same order and directions, so the tie-breaker is part of each.

-- Pledges: the default (natural code) order, which the low-selectivity filters (area, depth) then follow with an
-- early stop; the total and title sorts; the budget-type filter in default order; a parent given by its code.
CREATE INDEX pledge_code_order_idx ON pledge (code_sort, id);
CREATE INDEX pledge_total_desc_idx ON pledge (total_amount DESC NULLS LAST, id);
CREATE INDEX pledge_total_idx ON pledge (total_amount, id);
CREATE INDEX pledge_title_idx ON pledge (title, id);
CREATE INDEX pledge_area_idx ON pledge (area, code_sort, id);
CREATE INDEX pledge_depth_idx ON pledge (depth, code_sort, id);
CREATE INDEX pledge_budget_type_idx ON pledge (budget_type, code_sort, id);
CREATE INDEX pledge_code_idx ON pledge (code);

-- Investments: the amount and period sorts (the default order follows the pledges' code order, then the period, by
-- a nested loop over investment_pledge_idx).
CREATE INDEX investment_amount_desc_idx ON investment (amount DESC NULLS LAST, id);
CREATE INDEX investment_amount_idx ON investment (amount, id);
CREATE INDEX investment_period_idx ON investment (from_year, id);

-- Execution lines: the printed (default) order across tables, the item-name and budget sorts.
CREATE INDEX execution_line_order_idx ON execution_line (dataset_id, line_order, id);
CREATE INDEX execution_line_item_name_idx ON execution_line (item_name, id);
CREATE INDEX execution_line_budget_idx ON execution_line (coalesce(budget_amount, current_budget_amount) DESC NULLS LAST, id);

-- The catalog and the governments: default orders and the government and parent filters.
CREATE INDEX dataset_government_idx ON dataset (government_id);
CREATE INDEX dataset_order_idx ON dataset (source_document, id);
CREATE INDEX government_parent_idx ON government (parent_id);
CREATE INDEX government_name_idx ON government (name, id);
