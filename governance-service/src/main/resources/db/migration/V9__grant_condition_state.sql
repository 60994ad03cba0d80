-- Read model of metrics-service's grant-condition checks (grant-condition-status-changed.v1): each condition's
-- latest status for a grant year, with the share and amounts as of that change. The DfE return reports it.
create table grant_condition_state (
    year              text        not null,   -- a financial year, e.g. FY2026-27
    condition         text        not null,   -- DIRECT_DELIVERY, EAH_ADMINISTRATION, LA_TRANSFORMATION
    rule              text        not null,   -- AT_LEAST or AT_MOST
    threshold_percent numeric     not null,
    status            text        not null,
    share             numeric,
    amount            numeric,
    total             numeric,
    received_at       timestamptz not null default now(),
    primary key (year, condition)
);
