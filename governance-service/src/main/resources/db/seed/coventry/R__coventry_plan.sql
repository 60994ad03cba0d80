-- Coventry seed data for governance-service: the governance spine (Health and Wellbeing Board, SEND and AP
-- Partnership Board, Reform Delivery Group, three Reform Workspaces), members by role and decision rights.
--
-- Sources: "Coventry SEND and AP System Governance and Reform Delivery" (terms of reference, May 2026, final);
-- Coventry SEND and AP Reform Plan v3.1 (June 2026), Section 4 governance table and Section 2 "How partners
-- connect"; Cabinet report of 9 June 2026 (Board cadence). Cadence follows the terms of reference where they
-- set one (workspaces: monthly); cadence_source records where each value comes from, as the documents disagree.
-- Membership is by role and organisation (no personal names) from the plan's governance table, the only
-- membership list in the sources; standing PCF/CYP representatives are left out of the workspaces because the
-- terms of reference keep parent-led input to workspaces flexible, "avoiding standing governance roles within
-- Workspaces". The named RDG senior sponsors of the workspaces are not identified in the sources (null).
-- Terms of reference: the Board and RDG terms were "last reviewed by the Board in May 2026" (no day given:
-- recorded as 2026-05-31) and are reviewed annually; the workspace terms state no approval or review date.
--
-- Repeatable migration, run after V1 with search_path = governance. Idempotent: "on conflict do nothing";
-- bodies are inserted parent first (hwb, board, rdg, workspaces).

insert into body (code, name, kind, purpose, chair_role, senior_sponsor, cadence, meetings_per_year, cadence_source,
                  parent_code, tor_version, tor_approved_on, next_review_on) values
    ('hwb', 'Health and Wellbeing Board', 'EXTERNAL', 'The Coventry Health and Wellbeing Board, to which the SEND & AP Partnership Board reports and on which it provides system level assurance on SEND and AP; the escalation route of the Board. Not part of the reform governance: its own terms of reference are not in the sources.', null, null, null, null, null, null, null, null, null),
    ('board', 'SEND and AP Partnership Board', 'BOARD', 'Provides strategic leadership, system accountability and assurance for SEND and Alternative Provision across the local area. The Board exists to: set strategic direction and priorities for SEND and AP; approve and oversee delivery of the SEND & AP Strategy and Local SEND Reform Plan; provide challenge, assurance and system leadership across education, health and care partners; hold the partnership collectively to account for impact, outcomes and sustainability; ensure that coproduction with children, young people and families meaningfully informs strategic decision-making. It operates at strategic level, does not undertake operational delivery and does not consider individual cases.', 'LA Director of Children''s Services / DfE SRO', null, 'HALF_TERMLY', 6, 'Cabinet report, 9 June 2026 ("The Board meets 6 times a year, on a half-termly basis"); Reform Plan v3.1 governance table (June 2026): half-termly. The terms of reference (May 2026) set no cadence.', 'hwb', 'May 2026', date '2026-05-31', date '2027-05-31'),
    ('rdg', 'Reform Delivery Group', 'DELIVERY_GROUP', 'The SEND Reform Delivery Group (RDG) is the single place where SEND reform is driven and kept on track. Its purpose is to: drive coherent delivery of the Local SEND Reform Plan; translate Board intent into practical, coordinated action; maintain grip on delivery, pace and dependencies; resolve delivery issues wherever possible without escalation; provide the Board with confidence judgements, options and recommendations; link priorities in the SEND Reform Plan with ongoing work in the wider system and delegate priorities to reform workspaces where needed. It operates under delegated authority from the Board as a trusted executive delivery group, not a strategic governance body; it does not formally accept or hold system risk and does not performance manage individual workspaces or teams.', 'SEND Reform Programme Manager / LA SEND lead', null, 'HALF_TERMLY', 6, 'Reform Plan v3.1 governance table (June 2026): half-termly; Cabinet report, 9 June 2026: the group manages delivery between Board meetings. The RDG terms of reference (May 2026) set no cadence.', 'board', 'May 2026', date '2026-05-31', date '2027-05-31'),
    ('qa-data-digital', 'Quality Assurance, Data and Digital', 'WORKSPACE', 'The Quality Assurance, Data and Digital Reform Workspace exists to strengthen system assurance and intelligence across SEND and AP, ensuring that reform delivery and decision-making are informed by robust quality assurance, reliable data and effective digital processes.', 'QA/Data lead', null, 'MONTHLY', 12, 'Terms of reference, May 2026 ("Reform Workspaces meet monthly"; extraordinary meetings may be convened where delivery needs require). The Reform Plan v3.1 governance table (June 2026) says half-termly.', 'rdg', 'May 2026', null, null),
    ('commissioning-workforce', 'Commissioning and Workforce', 'WORKSPACE', 'The Commissioning and Workforce Reform Workspace exists to strengthen system capacity and capability to meet the needs of children and young people with SEND, through improved commissioning and workforce development.', 'LA/ICB commissioning lead', null, 'MONTHLY', 12, 'Terms of reference, May 2026 ("Reform Workspaces meet monthly"; extraordinary meetings may be convened where delivery needs require). The Reform Plan v3.1 governance table (June 2026) says half-termly.', 'rdg', 'May 2026', null, null),
    ('capital-sufficiency', 'Capital and Sufficiency', 'WORKSPACE', 'The Capital and Sufficiency Reform Workspace exists to ensure a sustainable, planned approach to meeting current and future demand for SEND and Alternative Provision.', 'Sufficiency/capital lead', null, 'MONTHLY', 12, 'Terms of reference, May 2026 ("Reform Workspaces meet monthly"; extraordinary meetings may be convened where delivery needs require). The Reform Plan v3.1 governance table (June 2026) says half-termly.', 'rdg', 'May 2026', null, null)
on conflict do nothing;

-- Members by role and organisation, in the order of the plan's governance table; the early years and post-16
-- representatives come from the plan's "How partners connect" section
insert into body_member (body_code, position, role, organisation) values
    ('board', 1, 'Chair: LA Director of Children''s Services / DfE SRO', 'Coventry City Council'),
    ('board', 2, 'LA SEND lead / SRO', 'Coventry City Council'),
    ('board', 3, 'Education leader: mainstream schools (Head Teacher representative)', 'Mainstream schools'),
    ('board', 4, 'Education leader: special schools (Head Teacher representative)', 'Special schools'),
    ('board', 5, 'Education leader: alternative provision', 'Alternative provision'),
    ('board', 6, 'ICB SEND/commissioning lead', 'Integrated Care Board'),
    ('board', 7, 'Provider trust lead (therapies)', 'NHS provider trusts'),
    ('board', 8, 'Social care lead', 'Coventry City Council'),
    ('board', 9, 'Finance lead (dedicated finance link)', 'Coventry City Council'),
    ('board', 10, 'PCF representative', 'Coventry Parent Carer Forum'),
    ('board', 11, 'CYP participation representative', 'Children and young people''s groups (e.g. Strong Voices, AmbasSENDors)'),
    ('board', 12, 'Early years strategic representative', 'Early years settings'),
    ('board', 13, 'Post-16 Partnership Group representative', 'FE and post-16 providers'),
    ('rdg', 1, 'Chair: SEND Reform Programme Manager / LA SEND lead', 'Coventry City Council'),
    ('rdg', 2, 'Workstream/workspace leads', 'Partner organisations (workspace chairs)'),
    ('rdg', 3, 'ICB commissioning/therapy lead', 'Integrated Care Board'),
    ('rdg', 4, 'Education representatives', 'Schools and settings'),
    ('rdg', 5, 'Social care representative', 'Coventry City Council'),
    ('rdg', 6, 'Data/QA lead', 'Not specified in the sources'),
    ('rdg', 7, 'Finance link', 'Not specified in the sources'),
    ('rdg', 8, 'PCF representative', 'Coventry Parent Carer Forum'),
    ('rdg', 9, 'CYP representative', 'Children and young people''s groups (e.g. Strong Voices, AmbasSENDors)'),
    ('rdg', 10, 'Early years operational lead', 'Early years settings'),
    ('qa-data-digital', 1, 'Chair: QA/Data lead', 'Not specified in the sources'),
    ('qa-data-digital', 2, 'LA performance/data', 'Coventry City Council'),
    ('qa-data-digital', 3, 'ICB analytics', 'Integrated Care Board'),
    ('qa-data-digital', 4, 'Service lead: SEND', 'Coventry City Council'),
    ('qa-data-digital', 5, 'Service lead: therapies', 'NHS provider trusts'),
    ('qa-data-digital', 6, 'School representatives', 'Schools'),
    ('qa-data-digital', 7, 'AP representative', 'Alternative provision'),
    ('qa-data-digital', 8, 'Social care representative', 'Coventry City Council'),
    ('commissioning-workforce', 1, 'Chair: LA/ICB commissioning lead', 'Coventry City Council / Integrated Care Board'),
    ('commissioning-workforce', 2, 'ICB commissioning', 'Integrated Care Board'),
    ('commissioning-workforce', 3, 'Therapy provider leads', 'NHS provider trusts'),
    ('commissioning-workforce', 4, 'LA SEND lead', 'Coventry City Council'),
    ('commissioning-workforce', 5, 'Workforce lead/HR', 'Not specified in the sources'),
    ('commissioning-workforce', 6, 'EP/SaLT/OT leads', 'Educational psychology and therapy services (organisations not specified)'),
    ('commissioning-workforce', 7, 'School representatives (SENCO/special)', 'Schools'),
    ('commissioning-workforce', 8, 'AP representative', 'Alternative provision'),
    ('capital-sufficiency', 1, 'Chair: sufficiency/capital lead', 'Not specified in the sources'),
    ('capital-sufficiency', 2, 'LA sufficiency/capital', 'Coventry City Council'),
    ('capital-sufficiency', 3, 'Finance', 'Not specified in the sources'),
    ('capital-sufficiency', 4, 'School place planning', 'Coventry City Council'),
    ('capital-sufficiency', 5, 'Special school and AP representatives', 'Special schools and alternative provision'),
    ('capital-sufficiency', 6, 'ICB representative (for therapy/readiness links)', 'Integrated Care Board'),
    ('capital-sufficiency', 7, 'Commissioning link', 'Not specified in the sources'),
    ('capital-sufficiency', 8, 'Transport (as needed)', 'Coventry City Council')
on conflict do nothing;

-- Decision rights. The Board's reserved decisions are not delegable (terms of reference, May 2026).
insert into decision_right (body_code, decision_type, non_delegable) values
    ('board', 'APPROVE_STRATEGY', true),
    ('board', 'SIGN_OFF_PLAN', true),
    ('board', 'SET_PRIORITIES', true),
    ('board', 'ACCEPT_SYSTEM_RISK', true),
    ('board', 'ESCALATE', true),
    ('board', 'RATIFY_TASK_AND_FINISH', false),
    ('board', 'DIRECT_RDG', false),
    ('board', 'HOLD_PARTNER_TO_ACCOUNT', false),
    ('rdg', 'RESEQUENCE_MILESTONES', false),
    ('rdg', 'RESOLVE_WORKSPACE_CONFLICT', false),
    ('rdg', 'AGREE_MITIGATION', false),
    ('rdg', 'PROPOSE_TASK_AND_FINISH', false),
    ('rdg', 'OPERATIONAL', false),
    ('rdg', 'ESCALATE', false),
    ('qa-data-digital', 'SET_DATA_STANDARDS', false),
    ('qa-data-digital', 'COMMISSION_DEEP_DIVE', false),
    ('qa-data-digital', 'RECOMMEND', false),
    ('qa-data-digital', 'ESCALATE', false),
    ('commissioning-workforce', 'RECOMMEND', false),
    ('commissioning-workforce', 'ESCALATE', false),
    ('capital-sufficiency', 'RECOMMEND', false),
    ('capital-sufficiency', 'OPERATIONAL', false),
    ('capital-sufficiency', 'ESCALATE', false)
on conflict do nothing;
