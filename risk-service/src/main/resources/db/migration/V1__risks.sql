-- The risk register. The assessed RAG is stored as the partnership entered it; the matrix RAG is computed
-- beside it by the service, never written over it.

create table risk (
    id                  bigserial primary key,
    code                text not null unique,
    title               text not null,
    description         text not null,       -- the plan's wording of the risk
    cause               text,
    event               text,
    effect              text,
    category            text not null check (category in ('STATUTORY_COMPLIANCE', 'SIGNIFICANT_FINANCIAL', 'SUFFICIENCY',
                                                          'PARTNERSHIP_FAILURE', 'WORKFORCE', 'CAPITAL', 'DATA',
                                                          'FINANCE', 'SERVICE_DELIVERY')),
    owner               text,                -- a role, never a child's or family's details
    owning_body         text not null,       -- governance body code: a workspace, rdg or board
    status              text not null default 'OPEN' check (status in ('OPEN', 'ESCALATED', 'ACCEPTED', 'CLOSED')),
    scale               text not null default 'HIGH_MEDIUM_LOW' check (scale in ('HIGH_MEDIUM_LOW', 'FIVE_BY_FIVE')),
    inherent_impact     text not null,       -- HIGH | MEDIUM | LOW, or 1..5 on the 5x5 scale
    inherent_likelihood text not null,
    assessed_rag        text not null check (assessed_rag in ('RED', 'AMBER', 'GREEN')),
    residual_rag        text check (residual_rag in ('RED', 'AMBER', 'AMBER_GREEN', 'GREEN')),
    target_rag          text check (target_rag in ('RED', 'AMBER', 'AMBER_GREEN', 'GREEN')),
    version             bigint not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create table mitigation (
    id       bigserial primary key,
    risk_id  bigint not null references risk (id) on delete cascade,
    position int    not null,
    action   text   not null,
    owner    text,
    due_date date,
    status   text   not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    unique (risk_id, position)
);

-- The plan's cross-cutting dependencies; each can carry risk.
create table dependency (
    code        text primary key,
    title       text not null,
    description text
);

-- Links by code to milestones and measures (other services) and to dependencies (here).
create table risk_link (
    risk_id     bigint not null references risk (id) on delete cascade,
    kind        text   not null check (kind in ('MILESTONE', 'MEASURE', 'DEPENDENCY')),
    target_code text   not null,
    primary key (risk_id, kind, target_code)
);
