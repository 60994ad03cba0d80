-- Decisions (immutable once recorded; a correction supersedes), escalations before a body, and the plumbing
-- every producing and consuming service has: audit trail, outbox, inbox.

create table decision (
    id                  bigserial primary key,
    body_code           text        not null references body (code),
    type                text        not null,
    statement           text        not null,
    rationale           text,
    decided_on          date        not null,
    review_on           date,
    supersedes          bigint      unique references decision (id),  -- a decision is superseded at most once
    superseded_by       bigint      unique references decision (id),
    answers_escalation  bigint,
    recorded_by         text        not null,
    recorded_at         timestamptz not null default now(),
    version             bigint      not null default 0,
    idempotency_client  text,
    idempotency_key     text,
    request_hash        text,
    unique (idempotency_client, idempotency_key)
);

create index decision_body on decision (body_code, id);

-- Evidence a decision cites, and what it acts on: risks it accepts, milestones it re-baselines.
create table decision_reference (
    decision_id bigint not null references decision (id) on delete cascade,
    kind        text   not null check (kind in ('EVIDENCE_MEASURE', 'EVIDENCE_RISK', 'EVIDENCE_MILESTONE', 'ACCEPTS_RISK')),
    code        text   not null,
    primary key (decision_id, kind, code)
);

create index decision_reference_code on decision_reference (kind, code);

create table decision_rebaseline (
    decision_id    bigint not null references decision (id) on delete cascade,
    milestone_code text   not null,
    due_date       date   not null,
    primary key (decision_id, milestone_code)
);

-- An escalation before a body: raised by risk-service (a risk moved up the route) or by a body, answered by a
-- decision of the body it sits with, then closed.
create table escalation (
    id                 bigserial primary key,
    body_code          text        not null references body (code),   -- the body that must consider it
    from_body          text        not null,
    source             text        not null check (source in ('RISK', 'BODY')),
    risk_code          text,
    title              text        not null,
    reason             text        not null,
    rationale          text        not null,
    raised_by          text        not null,
    raised_at          timestamptz not null default now(),
    status             text        not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'WITHDRAWN', 'CLOSED')),
    answered_by        bigint      references decision (id),
    answered_at        timestamptz,
    continued_as       bigint      references escalation (id),         -- escalated further: the escalation one level up
    closed_at          timestamptz,
    closing_note       text,
    version            bigint      not null default 0
);

alter table decision add constraint decision_answers_escalation foreign key (answers_escalation) references escalation (id);

create index escalation_body_status on escalation (body_code, status, id);
create index escalation_risk on escalation (risk_code) where risk_code is not null;

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

create table outbox_event (
    id             bigserial primary key,
    event_id       uuid        not null unique,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    type           text        not null,
    subject        text,
    payload        jsonb       not null,
    occurred_at    timestamptz not null default now(),
    published_at   timestamptz
);

create index outbox_event_unpublished on outbox_event (id) where published_at is null;

create table inbox_event (
    event_id    uuid primary key,
    type        text        not null,
    received_at timestamptz not null default now()
);
