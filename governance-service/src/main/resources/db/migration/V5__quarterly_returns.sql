-- The DfE quarterly return: assembled for a financial quarter, signed off by each signing partner, frozen once
-- all have signed (then metrics-service locks the quarter's periods).
create table quarterly_return (
    id          bigserial primary key,
    quarter     text        not null unique,       -- FY2026-27-Q2
    status      text        not null default 'DRAFT' check (status in ('DRAFT', 'SIGNED_OFF')),
    content     jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    signed_off_at timestamptz,
    version     bigint      not null default 0
);

create table return_signature (
    return_id    bigint      not null references quarterly_return (id),
    party        text        not null check (party in ('COUNCIL', 'ICB', 'PCF')),
    organisation text        not null,
    signed_by    text        not null,
    signed_at    timestamptz not null default now(),
    primary key (return_id, party)
);
