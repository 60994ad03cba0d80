-- governance's own read models of the other services, kept from their events, so the Board assurance pack builds
-- when another service is down. received_at says how fresh each part is. Milestones and risks carry their
-- version: only a newer one is applied.
create table milestone_state (
    code            text primary key,
    title           text        not null,
    theme           text,
    workspace       text,
    due_period      text        not null,
    due_date        date        not null,
    baseline_date   date        not null,
    forecast_date   date,
    completed_on    date,
    status          text        not null,
    confidence      text,
    confidence_note text,
    version         bigint      not null,
    received_at     timestamptz not null default now()
);

create table risk_state (
    code                 text primary key,
    title                text        not null,
    category             text        not null,
    mandatory            boolean     not null,
    owning_body          text        not null,
    home_body            text        not null,
    status               text        not null,
    assessed_rag         text        not null,
    matrix_rag           text        not null,
    residual_rag         text,
    target_rag           text,
    above_appetite       boolean     not null,
    accepted_by_decision bigint,
    version              bigint      not null,
    received_at          timestamptz not null default now()
);

create table measure_state (
    measure_code   text        not null,
    disaggregation text        not null,
    period         text        not null,
    period_end     date        not null,
    status         text        not null,
    value          numeric,
    expected       numeric,
    received_at    timestamptz not null default now(),
    primary key (measure_code, disaggregation, period)
);

-- Issued packs are frozen: the content as assembled, never changed; a re-issue for the same meeting is a new version.
create table pack (
    id         bigserial primary key,
    meeting_id bigint      not null references meeting (id),
    version    int         not null,
    content    jsonb       not null,
    issued_by  text        not null,
    issued_at  timestamptz not null default now(),
    unique (meeting_id, version)
);
