-- The roadmap and the quarterly delivery plan. Codes are the plan's own; periods use the platform grammar
-- (docs/api-guide.md): FY2026-27 for a plan year, FY2026-27-Q2 for a financial quarter.

create table theme (
    code        text primary key,            -- BB1..BB4, EAH, EN1..EN3
    name        text not null,
    description text,
    maturity    text,                        -- the partnership's self-assessment, e.g. 'Developing'
    position    int  not null unique
);

create table workspace (
    code        text primary key,            -- shared with governance-service: qa-data-digital, ...
    name        text not null,
    responsible text                         -- who answers for the workspace's delivery plan
);

create table roadmap_item (
    id         bigserial primary key,
    theme_code text not null references theme (code),
    plan_year  text not null,                -- FY2026-27 | FY2027-28 | FY2028-29
    position   int  not null,
    text       text not null,
    unique (theme_code, plan_year, position)
);

create table milestone (
    id                bigserial primary key,
    code              text not null unique,
    title             text not null,
    description       text,
    theme_code        text references theme (code),
    workspace_code    text references workspace (code),
    responsible       text,
    due_period        text not null,         -- financial quarter, e.g. FY2026-27-Q2
    due_date          date not null,
    baseline_date     date not null,         -- the due date as first planned
    forecast_date     date,
    completed_on      date,
    status            text not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'CANCELLED')),
    confidence        text check (confidence in ('GREEN', 'AMBER', 'RED')),
    confidence_note   text,
    target_trajectory text,                  -- the quarter's "target trajectory" text from the delivery plan
    version           bigint not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create index milestone_due on milestone (due_date, code);
create index milestone_workspace on milestone (workspace_code);
create index milestone_theme on milestone (theme_code);

-- Links to other services' items are by code only: each service owns its data.
create table milestone_measure (
    milestone_id   bigint not null references milestone (id) on delete cascade,
    measure_code   text   not null,
    expected_value numeric,                  -- e.g. 20 for "+20 Specialist Base places"
    expected_text  text,
    primary key (milestone_id, measure_code)
);

create table milestone_risk (
    milestone_id bigint not null references milestone (id) on delete cascade,
    risk_code    text   not null,
    primary key (milestone_id, risk_code)
);
