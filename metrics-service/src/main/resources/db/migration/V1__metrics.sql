-- Success measures of the reform plan, with baselines and dated targets.

create table measure (
    id             bigserial primary key,
    code           text not null unique,
    name           text not null,
    description    text,
    unit           text not null check (unit in ('PERCENT', 'COUNT', 'WEEKS', 'MONEY', 'RATE')),
    direction      text not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'BAND')),
    kind           text not null check (kind in ('LEADING', 'OUTCOME', 'SUPPORTING', 'LIVED_EXPERIENCE', 'FINANCE')),
    period_type    text not null
        check (period_type in ('FINANCIAL_YEAR', 'FINANCIAL_QUARTER', 'ACADEMIC_YEAR', 'ACADEMIC_TERM', 'MONTH')),
    theme_code     text,                     -- the plan theme it evidences (BB1..EN3), if one
    data_owners    varchar(100)[] not null default '{}', -- organisations that may submit values (token claim org)
    baseline_value numeric,
    baseline_period text,
    baseline_note  text,                     -- e.g. 'baseline to be set from 2025/26 data'
    target_text    text not null,            -- the plan's own words, e.g. '≥75% by 2029'
    source         text,                     -- where the definition and the figures come from
    version        bigint not null default 0,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

-- Dated targets and trajectory points. A target is an absolute value, or relative to a comparator
-- series (national average, statistical neighbours) when comparator is set.
create table target (
    id         bigserial primary key,
    measure_id bigint not null references measure (id) on delete cascade,
    period     text   not null,
    relation   text   not null check (relation in ('AT_LEAST', 'AT_MOST', 'EQUAL')),
    value      numeric,
    comparator text check (comparator in ('NATIONAL', 'STATISTICAL_NEIGHBOURS')),
    note       text,
    unique (measure_id, period),
    check (value is not null or comparator is not null)
);
