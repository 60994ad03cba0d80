-- Every change audited (platform AuditTrail); events recorded with the change (platform Outbox).
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
