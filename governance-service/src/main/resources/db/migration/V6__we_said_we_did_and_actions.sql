-- "We said / we did": what families, young people, settings or partners said, what was done about it, the decisions
-- and milestones it led to. Published items are readable without a token (GET /api/v1/public/we-said-we-did), and
-- only items with a "we did" statement that is under way or done may be published.
create table we_said_we_did (
    id           bigserial primary key,
    source       text        not null check (source in ('PARENT_CARERS', 'CHILDREN_AND_YOUNG_PEOPLE', 'SETTINGS', 'PARTNERS')),
    theme        text        not null,
    said_on      date        not null,
    we_said      text        not null,
    we_did       text,
    status       text        not null default 'LISTENING' check (status in ('LISTENING', 'IN_PROGRESS', 'DONE')),
    published    boolean     not null default false,
    published_at timestamptz,
    notes        text,                                   -- internal: never shown publicly
    created_by   text        not null,
    created_at   timestamptz not null,
    updated_by   text,
    updated_at   timestamptz,
    version      bigint      not null default 0,
    check (not published or (we_did is not null and btrim(we_did) <> '' and status in ('IN_PROGRESS', 'DONE')))
);

create index we_said_we_did_order on we_said_we_did (said_on desc, id desc);
create index we_said_we_did_published on we_said_we_did (said_on desc, id desc) where published;

create table we_said_decision (
    item_id     bigint not null references we_said_we_did (id) on delete cascade,
    decision_id bigint not null references decision (id),
    primary key (item_id, decision_id)
);

create table we_said_milestone (
    item_id        bigint not null references we_said_we_did (id) on delete cascade,
    milestone_code text   not null,                      -- milestones-service's code; not checked against it
    primary key (item_id, milestone_code)
);

-- Actions arising from a body's meetings and decisions: owner, due date, status; open past the due date is overdue.
create table action_item (
    id          bigserial primary key,
    text        text        not null,
    owner       text        not null,                    -- a role or a person, as the minutes name them
    body_code   text        not null references body (code),
    due_on      date        not null,
    status      text        not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    meeting_id  bigint      references meeting (id),
    decision_id bigint      references decision (id),
    note        text,
    closed_on   date,
    created_by  text        not null,
    created_at  timestamptz not null,
    updated_by  text,
    updated_at  timestamptz,
    version     bigint      not null default 0,
    check (meeting_id is not null or decision_id is not null),
    check ((status in ('DONE', 'DROPPED')) = (closed_on is not null))
);

create index action_item_body_status on action_item (body_code, status, due_on, id);
create index action_item_meeting on action_item (meeting_id) where meeting_id is not null;
create index action_item_decision on action_item (decision_id) where decision_id is not null;
