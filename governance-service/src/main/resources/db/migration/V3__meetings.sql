-- Meetings of each body, their agendas (standing items, escalations, papers) and attendance by role.
create table meeting (
    id            bigserial primary key,
    body_code     text        not null references body (code),
    academic_year text        not null,
    scheduled_on  date        not null,
    status        text        not null default 'SCHEDULED' check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    minutes       text,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    unique (body_code, scheduled_on)
);

create index meeting_body_date on meeting (body_code, scheduled_on);

create table agenda_item (
    id            bigserial primary key,
    meeting_id    bigint not null references meeting (id) on delete cascade,
    position      int    not null,
    kind          text   not null check (kind in ('ASSURANCE_PACK', 'PROGRESS', 'ESCALATIONS', 'VOICE', 'SETTING_INPUT',
                                                  'ESCALATION', 'PAPER', 'ITEM')),
    title         text   not null,
    escalation_id bigint references escalation (id),
    paper_ref     text,
    unique (meeting_id, position)
);

create table attendance (
    meeting_id   bigint  not null references meeting (id) on delete cascade,
    position     int     not null,
    role         text    not null,
    organisation text    not null,
    present      boolean not null,
    primary key (meeting_id, position)
);

alter table escalation add column meeting_id bigint references meeting (id);
alter table decision add column meeting_id bigint references meeting (id);
