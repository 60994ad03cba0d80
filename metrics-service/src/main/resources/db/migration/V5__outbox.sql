-- Transactional outbox: events written with the change they report, relayed to Kafka afterwards
-- (platform OutboxRelay). Sent rows keep published_at; they can be pruned after the retention period.
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
