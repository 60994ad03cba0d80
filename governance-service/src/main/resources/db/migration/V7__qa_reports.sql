-- QA reports of the Quality Assurance, Data and Digital workspace: AGGREGATE findings about a provider, setting or
-- service (an organisation, never a child): kind, date, rating, how many cases were looked at, the concerns found,
-- the plan agreed and the governance actions that follow it up. No column holds anything about an individual child.
-- DRAFT reports are the workspace's; PUBLISHED ones are read by everyone, counted in the summary and go in the
-- Board's pack; a WITHDRAWN one (with a reason) is kept but counted nowhere.
create table qa_report (
    id               bigserial primary key,
    kind             text        not null check (kind in ('MULTI_AGENCY_AUDIT', 'EHCP_QUALITY_AUDIT', 'PART_TIME_TIMETABLE_AUDIT',
                                                          'OUT_OF_CITY_PROVIDER_VISIT', 'OTHER')),
    provider         text        not null,               -- the provider, setting or service audited: an organisation
    audited_on       date        not null,
    rating           text        check (rating in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    sample_size      integer     check (sample_size >= 1), -- how many cases were audited: a count, never a list
    findings         text,
    action_plan      text,
    status           text        not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    published_at     timestamptz,
    published_on     date,
    withdrawn_reason text,
    created_by       text        not null,
    created_at       timestamptz not null,
    updated_by       text,
    updated_at       timestamptz,
    version          bigint      not null default 0,
    check (status <> 'PUBLISHED' or (rating is not null and findings is not null and published_on is not null)),
    check ((status = 'WITHDRAWN') = (withdrawn_reason is not null))
);

create index qa_report_order on qa_report (audited_on desc, id desc);
create index qa_report_published on qa_report (published_on, id) where status = 'PUBLISHED';
create index qa_report_provider on qa_report (lower(provider));

-- The concerns a report found, in its order; each resolved or not (the summary counts the open ones).
create table qa_report_concern (
    report_id bigint  not null references qa_report (id) on delete cascade,
    position  integer not null,
    text      text    not null,
    resolved  boolean not null default false,
    primary key (report_id, position)
);

-- The governance actions (action_item) that follow a report up.
create table qa_report_action (
    report_id bigint not null references qa_report (id) on delete cascade,
    action_id bigint not null references action_item (id),
    primary key (report_id, action_id)
);
