-- Grant spend: the Experts at Hand and SEND Transformation Fund's planned profile per category and financial
-- quarter, the actual spend the finance data owner submits (with its history), and the audit trail of plan
-- changes. Money is in pounds, exact to the penny (numeric(14,2)): never floating point.
-- The partnership's own figures (years, categories, the profile) are seed data (db/seed/<partnership>/).

-- Every change of a planned amount: who, when, before and after (org.sendreform.platform.audit.AuditTrail).
create table audit_entry (
    id             bigserial primary key,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    action         text        not null,
    actor_subject  text        not null,
    actor_name     text        not null,
    actor_client   text,
    at             timestamptz not null default now(),
    before         jsonb,
    after          jsonb
);

create index audit_entry_item on audit_entry (aggregate_type, aggregate_id, id);

-- The grant's financial years and allocations (indicative, estimated or confirmed).
create table grant_year (
    year              text primary key,            -- financial year code, e.g. FY2026-27
    allocation        numeric(14,2) not null check (allocation >= 0),
    allocation_status text not null check (allocation_status in ('INDICATIVE', 'ESTIMATED', 'CONFIRMED')),
    source            text
);

-- The plan's spend categories, and how each one's planned amounts count towards the grant-condition buckets
-- (plan_share percent of the category's amount; the shares of one category add up to 100). An actual row
-- names its bucket itself; when it leaves it out, the category's only bucket is taken.
create table spend_category (
    code        text primary key,
    name        text not null,
    position    int  not null,
    description text
);

create table spend_category_bucket (
    category   text not null references spend_category (code),
    bucket     text not null check (bucket in ('DIRECT_DELIVERY', 'EAH_ADMINISTRATION', 'LA_TRANSFORMATION')),
    plan_share numeric(5,2) not null check (plan_share > 0 and plan_share <= 100),
    primary key (category, bucket)
);

-- Planned spend: one amount per grant year, category and financial quarter. Changed by the programme team
-- (If-Match on version; every change in audit_entry).
create table spend_plan_line (
    id         bigserial primary key,
    year       text not null references grant_year (year),
    quarter    text not null,
    category   text not null references spend_category (code),
    amount     numeric(14,2) not null check (amount >= 0),
    note       text,
    version    bigint not null default 0,
    updated_at timestamptz not null default now(),
    unique (year, quarter, category)
);

-- The totals as the plan states them (rounded figures that need not add up): category 'TOTAL' is the plan's
-- total row, quarter 'TOTAL' its total column. Shown beside the computed totals, never used to compute.
create table spend_plan_stated_total (
    year     text not null references grant_year (year),
    category text not null,
    quarter  text not null,
    amount   numeric(14,2) not null,
    primary key (year, category, quarter)
);

-- Actual spend submissions, for idempotent retries: the first answer is kept and replayed.
create table spend_submission (
    id              uuid primary key,
    client_id       text        not null,
    org             text,
    idempotency_key text,
    request_hash    text        not null,
    received_at     timestamptz not null default now(),
    answer          text        not null,   -- the summary returned, as JSON
    unique (client_id, idempotency_key)
);

-- Actual spend: one amount per quarter, category and condition bucket; a correction replaces the amount and
-- the change log keeps every earlier one.
create table spend_actual (
    id            bigserial primary key,
    year          text          not null references grant_year (year),
    quarter       text          not null,
    quarter_start date          not null,
    category      text          not null references spend_category (code),
    bucket        text          not null check (bucket in ('DIRECT_DELIVERY', 'EAH_ADMINISTRATION', 'LA_TRANSFORMATION')),
    amount        numeric(14,2) not null check (amount >= 0),
    comment       text,
    org           text,
    submission_id uuid references spend_submission (id),
    updated_at    timestamptz   not null default now(),
    unique (quarter, category, bucket)
);

create index spend_actual_year on spend_actual (year, quarter_start);

create table spend_actual_change (
    id            bigserial primary key,
    quarter       text          not null,
    category      text          not null,
    bucket        text          not null,
    change        text          not null check (change in ('CREATED', 'UPDATED')),
    old_amount    numeric(14,2),
    new_amount    numeric(14,2) not null,
    comment       text,
    org           text,
    changed_by    text          not null,
    submission_id uuid,
    changed_at    timestamptz   not null default now()
);

create index spend_actual_change_item on spend_actual_change (quarter, category, id);
