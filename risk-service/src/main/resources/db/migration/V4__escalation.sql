-- Escalation along the route workspace -> RDG -> Board -> Health and Wellbeing Board. The risk's owning body
-- moves with it; home_body keeps where it was first owned, so a de-escalated risk returns to OPEN there.
alter table risk add column home_body text;
update risk set home_body = owning_body;
alter table risk alter column home_body set not null;

create table risk_escalation (
    id          bigserial primary key,
    risk_id     bigint      not null references risk (id) on delete cascade,
    from_body   text        not null,
    to_body     text        not null,
    reason      text        not null check (reason in ('MANDATORY_CATEGORY', 'RED_RESIDUAL_RISING', 'RED_RESIDUAL_PERSISTING',
                                                       'MANUAL', 'DE_ESCALATED')),
    rationale   text        not null,
    moved_by    text        not null,
    moved_at    timestamptz not null default now()
);

create index risk_escalation_risk on risk_escalation (risk_id, id);

-- Events recorded with the change they report (platform Outbox), relayed to risks.events.v1.
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
