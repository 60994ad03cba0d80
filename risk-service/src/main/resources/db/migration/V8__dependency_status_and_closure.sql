-- The plan's programme dependencies become items of their own: a status (the plan gives none, so each starts
-- NOT_ASSESSED until someone assesses it), a note saying why when it is AT_RISK or BLOCKED, an owner (a role or
-- body; the plan names none), and a version for If-Match. Changes are audited (aggregate type 'dependency').
alter table dependency add column status text not null default 'NOT_ASSESSED'
    check (status in ('NOT_ASSESSED', 'ON_TRACK', 'AT_RISK', 'BLOCKED', 'RESOLVED'));
alter table dependency add column status_note text;
alter table dependency add column owner text;
alter table dependency add column version bigint not null default 0;
alter table dependency add column updated_at timestamptz not null default now();

-- Closing a risk (POST /api/v1/risks/{code}/closure): when, by whom and why. Re-opening is not offered.
alter table risk add column closed_on date;
alter table risk add column closed_by text;
alter table risk add column closure_rationale text;

-- Risks by what they link to (dependencies' linked risks, signals by measure or milestone).
create index risk_link_target on risk_link (kind, target_code);
