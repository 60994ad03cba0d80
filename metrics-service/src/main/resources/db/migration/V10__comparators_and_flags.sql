-- Comparator series (national average, statistical neighbours) that targets such as "≤ national average"
-- are measured against, their change history, and outlier flags raised by submissions for follow-up.
-- Depends only on V1..V8 (another migration, V9, is added in parallel and must not be needed here).

create table comparator_value (
    id             bigserial primary key,
    measure_id     bigint      not null references measure (id),
    comparator     text        not null check (comparator in ('NATIONAL', 'STATISTICAL_NEIGHBOURS')),
    period         text        not null,
    period_start   date        not null,
    disaggregation text        not null,
    value          numeric     not null,
    source         text        not null,  -- where the figure is published, e.g. 'DfE Pupil absence in schools 2025/26'
    loaded_by      text        not null,
    updated_at     timestamptz not null default now(),
    unique (measure_id, comparator, period, disaggregation)
);

-- One row per change of a comparator value, append-only: who, when, old and new value, and the source.
-- The series ETag of a measure moves with the newest id here.
create table comparator_change (
    id             bigserial primary key,
    measure_code   text        not null,
    comparator     text        not null,
    period         text        not null,
    disaggregation text        not null,
    change         text        not null check (change in ('CREATED', 'UPDATED')),
    old_value      numeric,
    new_value      numeric     not null,
    source         text        not null,
    changed_by     text        not null,
    changed_at     timestamptz not null default now()
);

create index comparator_change_item on comparator_change (measure_code, comparator, period, disaggregation, id);

-- A submitted value that stands out from the measure's history for its breakdown: stored as submitted, and
-- flagged here until someone who owns the data (or a programme manager) resolves it with a note.
create table value_flag (
    id             bigserial primary key,
    submission_id  uuid        not null references submission (id),
    row_number     int         not null,
    measure_code   text        not null,
    period         text        not null,
    disaggregation text        not null,
    value          numeric     not null,
    median         numeric     not null,
    score          numeric,               -- modified z-score; null when the history is constant
    reason         text        not null,
    org            text,                  -- the submitting organisation: a partner sees its own flags
    status         text        not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    created_at     timestamptz not null default now(),
    resolved_by    text,
    resolved_at    timestamptz,
    resolution     text
);

create index value_flag_open on value_flag (status, measure_code);
create index value_flag_submission on value_flag (submission_id);
