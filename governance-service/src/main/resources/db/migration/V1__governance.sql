-- The governance spine: bodies, their members and their decision rights.

create table body (
    code              text primary key,      -- board, rdg, qa-data-digital, commissioning-workforce, capital-sufficiency, hwb
    name              text not null,
    kind              text not null check (kind in ('BOARD', 'DELIVERY_GROUP', 'WORKSPACE', 'TASK_AND_FINISH', 'EXTERNAL')),
    purpose           text,
    chair_role        text,
    senior_sponsor    text,                  -- workspaces: the named RDG senior sponsor
    cadence           text check (cadence in ('HALF_TERMLY', 'MONTHLY', 'QUARTERLY', 'AS_NEEDED')),
    meetings_per_year int,
    cadence_source    text,                  -- which document the cadence comes from (they disagree)
    parent_code       text references body (code), -- where it escalates to
    tor_version       text,
    tor_approved_on   date,
    next_review_on    date,                  -- terms of reference are reviewed annually
    version           bigint not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create table body_member (
    body_code    text not null references body (code) on delete cascade,
    position     int  not null,
    role         text not null,
    organisation text not null,
    primary key (body_code, position)
);

create table decision_right (
    body_code     text    not null references body (code) on delete cascade,
    decision_type text    not null check (decision_type in (
        'APPROVE_STRATEGY', 'SIGN_OFF_PLAN', 'SET_PRIORITIES', 'ACCEPT_SYSTEM_RISK', 'RATIFY_TASK_AND_FINISH',
        'PROPOSE_TASK_AND_FINISH', 'RESEQUENCE_MILESTONES', 'RESOLVE_WORKSPACE_CONFLICT', 'AGREE_MITIGATION',
        'OPERATIONAL', 'DIRECT_RDG', 'HOLD_PARTNER_TO_ACCOUNT', 'ESCALATE', 'SET_DATA_STANDARDS',
        'COMMISSION_DEEP_DIVE', 'RECOMMEND', 'APPROVE_SERVICE_DESIGN')),
    non_delegable boolean not null default false,
    primary key (body_code, decision_type)
);
