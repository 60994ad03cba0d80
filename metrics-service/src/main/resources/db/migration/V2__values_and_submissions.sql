-- Values partners submit, the submissions that carried them, and the append-only change log that is
-- both each value's history and the analytics change feed.

alter table measure add column disaggregations varchar(60)[] not null default '{all}';

create table submission (
    id               uuid primary key,
    client_id        text        not null,   -- token azp/sub: who submitted
    org              text,                   -- the submitting organisation (token claim org)
    idempotency_key  text,
    request_hash     text        not null,   -- SHA-256 of what was asked, to refuse a reused key
    mode             text        not null check (mode in ('UPSERT', 'SNAPSHOT')),
    atomic           boolean     not null,
    received_at      timestamptz not null default now(),
    received         int         not null,
    imported         int         not null,
    updated          int         not null,
    unchanged        int         not null,
    removed          int         not null,
    rejected         int         not null,
    rejections       jsonb       not null default '[]',
    unique (client_id, idempotency_key)
);

create table measure_value (
    id             bigserial primary key,
    measure_id     bigint      not null references measure (id),
    period         text        not null,
    period_start   date        not null,
    disaggregation text        not null,
    value          numeric     not null,
    numerator      numeric,
    denominator    numeric,
    comment        text,
    org            text,
    submission_id  uuid references submission (id),
    updated_at     timestamptz not null default now(),
    unique (measure_id, period, disaggregation)
);

create index measure_value_series on measure_value (measure_id, period_start);

-- One row per change of a value, in commit order: writers take a transaction-scoped advisory lock before
-- drawing ids, so ids are assigned in commit order and a feed reader following "id > cursor" never skips
-- a change committed concurrently.
create table value_change (
    id             bigserial primary key,
    measure_code   text        not null,
    period         text        not null,
    disaggregation text        not null,
    change         text        not null check (change in ('CREATED', 'UPDATED', 'REMOVED')),
    old_value      numeric,
    new_value      numeric,
    numerator      numeric,
    denominator    numeric,
    comment        text,
    org            text,
    changed_by     text        not null,
    submission_id  uuid,
    changed_at     timestamptz not null default now()
);

create index value_change_item on value_change (measure_code, period, disaggregation, id);
