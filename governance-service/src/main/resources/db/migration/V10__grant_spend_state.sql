-- Read model of metrics-service's grant spend (grant-spend-changed.v1): each grant year's planned and actual spend
-- by quarter and category, replaced by each announcement. The DfE return reports spend against the plan from it.
create table grant_spend_state (
    year        text        not null,   -- a financial year, e.g. FY2026-27
    quarter     text        not null,   -- a financial quarter of that year
    category    text        not null,   -- the plan's spend category
    planned     numeric     not null,
    actual      numeric     not null,
    received_at timestamptz not null default now(),
    primary key (year, quarter, category)
);
