-- Events this service has applied (each takes effect once): governance's signed-off quarterly returns.
create table inbox_event (
    event_id    uuid primary key,
    type        text        not null,
    received_at timestamptz not null default now()
);
