-- Coventry seed data for risk-service: the eight risks of the reform plan with their mitigations, the plan's
-- cross-cutting dependencies, and links (by code) to dependencies, success measures and milestones.
--
-- Source: Coventry SEND and AP Reform Plan v3.1 (June 2026), Section 2 "Risks and Mitigations" and
-- "Dependencies". Descriptions and mitigations are the plan's wording; cause/event/effect are fragments of that
-- wording. Impact, likelihood, RAG and residual RAG are exactly as the plan enters them (scale High/Medium/Low),
-- including where the plan's RAG departs from the scoring matrix (High/Medium is Red for R-02 and R-03 but
-- Amber for R-04, R-05 and R-08): the service shows the matrix RAG beside it, the seed does not recompute.
-- The plan names no risk owners, target RAGs or mitigation due dates; those stay null. Mitigation owners are
-- set only where the plan names the body that carries the action.
-- Owning body: risks in the categories the Board's terms of reference (May 2026) make subject to mandatory
-- escalation (statutory compliance, significant financial, sufficiency incl. workforce, partnership failure)
-- sit with the Board; the others with the workspace that owns the area.
--
-- Repeatable migration, run after V1 with search_path = risks. Idempotent: "on conflict do nothing".

insert into risk (code, title, description, cause, event, effect, category, owner, owning_body, home_body, status, scale,
                  inherent_impact, inherent_likelihood, assessed_rag, residual_rag, target_rag) values
    ('R-01', 'Insufficient specialist capacity (EP/SaLT/OT) for Experts at Hand', 'There is insufficient specialist capacity (EP/SaLT/OT) to deliver the Experts at Hand model at scale leading to long waits and inconsistent support to settings, and an underspend of grant funding.', null, 'There is insufficient specialist capacity (EP/SaLT/OT) to deliver the Experts at Hand model at scale', 'long waits and inconsistent support to settings, and an underspend of grant funding', 'SUFFICIENCY', null, 'board', 'board', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'HIGH', 'RED', 'AMBER', null),
    ('R-02', 'Experts at Hand grant ends after three years', 'If grant funding for Experts at Hand does not continue after three years, there is a risk of workforce and system instability (loss of capacity, reduced early support to settings and variable access), which would weaken inclusive practice and continuity of support for children and young people.', 'grant funding for Experts at Hand does not continue after three years', 'workforce and system instability (loss of capacity, reduced early support to settings and variable access)', 'would weaken inclusive practice and continuity of support for children and young people', 'SIGNIFICANT_FINANCIAL', null, 'board', 'board', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'MEDIUM', 'RED', 'AMBER', null),
    ('R-03', 'Partners do not align decisions and resources', 'Partners do not align decision-making and resource deployment (education, health and care), causing delays in key dependencies (therapy model, pathways, commissioning decisions) and undermining pace and credibility of reform.', null, 'Partners do not align decision-making and resource deployment (education, health and care)', 'delays in key dependencies (therapy model, pathways, commissioning decisions) and undermining pace and credibility of reform', 'PARTNERSHIP_FAILURE', null, 'board', 'board', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'MEDIUM', 'RED', 'GREEN', null),
    ('R-04', 'Data and evaluation too weak to evidence impact', 'Data and evaluation are not strong enough to evidence impact (e.g., on placement patterns, exclusions, attendance, therapy delivery, family confidence), reducing ability to review, prioritise, plan, and revise the Local Area Plan.', null, 'Data and evaluation are not strong enough to evidence impact (e.g., on placement patterns, exclusions, attendance, therapy delivery, family confidence)', 'reducing ability to review, prioritise, plan, and revise the Local Area Plan', 'DATA', null, 'qa-data-digital', 'qa-data-digital', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'MEDIUM', 'AMBER', 'GREEN', null),
    ('R-05', 'Capital developments delayed', 'Capital developments are not completed to planned timescales, delaying the opening of new Specialist Bases and special school places, reducing local sufficiency and slowing the impact of reform on placement patterns, travel and reliance on out-of-city provision.', null, 'Capital developments are not completed to planned timescales', 'delaying the opening of new Specialist Bases and special school places, reducing local sufficiency and slowing the impact of reform on placement patterns, travel and reliance on out-of-city provision', 'CAPITAL', null, 'capital-sufficiency', 'capital-sufficiency', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'MEDIUM', 'AMBER', 'AMBER_GREEN', null),
    ('R-06', 'Recruiting and retaining the specialist workforce', 'Difficulties recruiting and retaining the specialist workforce needed for Experts at Hand and expanding Specialist Bases reduce capacity to deliver early support and new local provision, leading to slower implementation, variable quality and continued pressure on specialist placements.', null, 'Difficulties recruiting and retaining the specialist workforce needed for Experts at Hand and expanding Specialist Bases', 'reduce capacity to deliver early support and new local provision, leading to slower implementation, variable quality and continued pressure on specialist placements', 'WORKFORCE', null, 'commissioning-workforce', 'commissioning-workforce', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'HIGH', 'RED', 'AMBER', null),
    ('R-07', 'Demand for EHC needs assessments outstrips capacity', 'Earlier identification of need and improved access to advice and support drive an increase in requests for EHC needs assessments and EHCPs, creating additional pressure on statutory capacity, specialist provision and financial sustainability if growth outstrips available resource.', 'Earlier identification of need and improved access to advice and support', 'an increase in requests for EHC needs assessments and EHCPs, if growth outstrips available resource', 'additional pressure on statutory capacity, specialist provision and financial sustainability', 'STATUTORY_COMPLIANCE', null, 'board', 'board', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'HIGH', 'RED', 'AMBER', null),
    ('R-08', 'Schools lack capacity to engage with Experts at Hand', 'School capacity is insufficient to engage fully with Experts at Hand, including releasing staff and prioritising time for training, supervision and follow-up work, reducing reach and consistency of the offer and weakening impact on inclusive practice.', null, 'School capacity is insufficient to engage fully with Experts at Hand, including releasing staff and prioritising time for training, supervision and follow-up work', 'reducing reach and consistency of the offer and weakening impact on inclusive practice', 'SERVICE_DELIVERY', null, 'commissioning-workforce', 'commissioning-workforce', 'OPEN', 'HIGH_MEDIUM_LOW', 'HIGH', 'MEDIUM', 'AMBER', 'AMBER_GREEN', null)
on conflict do nothing;

-- Mitigations, in the plan's order
insert into mitigation (risk_id, position, action, owner)
select r.id, v.position, v.action, v.owner
from (values
    ('R-01', 1, 'Appoint to the advanced SaLT practitioner post at pace to support recruitment modelling, capacity and sustainability.', null::text),
    ('R-01', 2, 'Utilise apprentice SaLT and OT posts to attract staff and build sustainability.', null::text),
    ('R-01', 3, 'Use the existing SEND Workforce Development Strategy as a basis from which to build, ensuring that high-quality training is available, free at the point of contact to settings, from early in the programme.', null::text),
    ('R-01', 4, 'Confirm a blended specialist outreach delivery model, including assistant therapists and psychologists, specialist teachers and multi-therapy assistants.', null::text),
    ('R-01', 5, 'Ensure that within these models, quality clinical supervision builds expertise and ensures that the offer adds value for settings.', null::text),
    ('R-01', 6, 'Work across the local area partnership, with specialist settings and AP providers, to draw on outreach support from skilled staff in settings.', null::text),
    ('R-01', 7, 'Build in a network supervision model, which maximises use of professional time across settings.', null::text),
    ('R-01', 8, 'Map existing SaLT and OT ordinarily available provision onto the new service model to eliminate duplication and direct resource at the earliest opportunity.', null::text),
    ('R-02', 1, 'Design Experts at Hand as an evolution of Coventry''s strong traded specialist SEND services and SEND networks (not a parallel offer), with clear interfaces and agreed service standards.', null::text),
    ('R-02', 2, 'Agree a sustainability and transition-to-BAU plan from year 1 (ownership, core components, workforce model, costs and decision points), overseen through the Commissioning & Workforce Workspace and SEND & AP Partnership Board.', 'Commissioning and Workforce Workspace (oversight with the SEND & AP Partnership Board)'),
    ('R-02', 3, 'Build capacity through approaches that can be sustained (training/coaching, network support, outreach from mainstream/special/AP partnerships, group and whole-setting interventions), reducing dependency on time-limited posts.', null::text),
    ('R-02', 4, 'Use evaluation and performance evidence (reach, impact and value for money) to inform commissioning decisions and secure ongoing funding, including options for blended funding and continued traded elements where appropriate.', null::text),
    ('R-03', 1, 'Refresh governance and terms of reference to clarify decision rights and escalation across a revised governance structure.', null::text),
    ('R-03', 2, 'Establish a Reform Delivery Group to maintain grip on plan delivery and ensure key decisions are escalated to SEND Board with the information needed for the board to take strategic decisions.', null::text),
    ('R-03', 3, 'Secure representation from senior leads at SEND Board and operational Leads at RDG.', null::text),
    ('R-03', 4, 'Appoint a SEND Reform Programme Manager to ensure coordination and information flow throughout the system.', null::text),
    ('R-03', 5, 'Ensure that key decisions are taken jointly by SEND Board and that project work is coproduced, ensuring system wide ownership.', null::text),
    ('R-03', 6, 'Adhere to the three-year joint commissioning plan.', null::text),
    ('R-04', 1, 'Extend the data set request within health at pace.', null::text),
    ('R-04', 2, 'Extend Quality Assurance Group oversight of data governance (definitions, owners, data quality checks) and refresh membership to include expertise from setting and service leads.', null::text),
    ('R-04', 3, 'Agree a single partnership performance view which is shared across all SEND Workspaces and partnership groups.', null::text),
    ('R-04', 4, 'Implement benefits/evaluation approach for capital and inclusion base expansion', null::text),
    ('R-04', 5, 'Coproduce a survey for parents, carers and young people, to allow lived experience to be considered alongside quantitative metrics', null::text),
    ('R-05', 1, 'Maintain a managed pipeline of capital projects through the Capital and Sufficiency Workspace, with clear milestones, dependencies, decision points and escalation routes through RDG and SEND Board.', 'Capital and Sufficiency Workspace'),
    ('R-05', 2, 'Use the Specialist Base Gateway process to ensure projects are selected on the basis of inclusive vision, geography/population need and deliverability.', null::text),
    ('R-05', 3, 'Track operational readiness alongside build progress, including workforce recruitment, admissions, thresholds, policies, therapy input and pathway alignment.', null::text),
    ('R-05', 4, 'Retain a phased sufficiency approach, including targeted mainstream adaptations and trusted independent provision where necessary to manage short-term pressure.', null::text),
    ('R-06', 1, 'Develop a joint recruitment and workforce plan across education, health and care, covering EP, SaLT, OT, specialist teachers and key support staff.', null::text),
    ('R-06', 2, 'Build on Coventry''s existing traded SEND support offer, specialist outreach and workforce strategy, so Experts at Hand grows from established provision rather than relying solely on new posts.', null::text),
    ('R-06', 3, 'Use a blended delivery model including assistant roles, outreach from specialist settings, coaching, network supervision and group-based support to maximise scarce specialist capacity.', null::text),
    ('R-06', 4, 'Align recruitment for Experts at Hand, therapy delivery and Specialist Bases through the Commissioning and Workforce Workspace, with phased implementation and oversight of quality, reach and impact.', 'Commissioning and Workforce Workspace'),
    ('R-07', 1, 'Strengthen ordinarily available provision, Experts at Hand and clear thresholds/pathways so more needs are met earlier and only children requiring statutory support progress to EHC assessment.', null::text),
    ('R-07', 2, 'Use the SEND outcomes group, shared data set and demand modelling to track growth in requests, understand drivers and take early action where demand is rising faster than capacity.', null::text),
    ('R-07', 3, 'Continue to expand statutory assessment and review capacity, including specialist plan coordinator roles, so the local authority can respond to increased volume while maintaining timeliness and quality.', null::text),
    ('R-07', 4, 'Align sufficiency, workforce and commissioning decisions through the governance spine so resource follows emerging need and pressure does not simply transfer into later crisis, dispute or expensive placements.', null::text),
    ('R-08', 1, 'Design Experts at Hand as a flexible delivery model, using a mix of system-wide support, networks, group supervision, whole-school work and targeted support so schools can engage in different ways without diluting the offer.', null::text),
    ('R-08', 2, 'Use the local authority front door and clear priorities to target support where it will have the greatest impact, ensuring equitable deployment and avoiding duplication with existing outreach and training offers.', null::text),
    ('R-08', 3, 'Align Experts at Hand with existing SEND networks, workforce development and school improvement activity, so participation feels coherent and manageable rather than additional to other asks on settings.', null::text),
    ('R-08', 4, 'Maintain clear expectations and oversight through partnership governance, using feedback, reach data and engagement information to identify where schools are not able to participate fully and agree practical solutions.', null::text)
) as v (risk_code, position, action, owner)
join risk r on r.code = v.risk_code
on conflict do nothing;

-- Cross-cutting dependencies named in the plan
insert into dependency (code, title, description) values
    ('D-01', 'Family Co-production & Communications & Take-up, Trust and Reduced Dispute', 'The local area has prioritised co-production, particularly with families and young people, as a core component of the SEND Reform Programme. However, the programme arrives at a time when family confidence in the system is under pressure. System leaders will need to engage openly and sensitively with families at all levels, maintain clear feedback loops (“we said / we did”), and respond consistently to concerns to rebuild trust and ensure reforms have the intended impact.'),
    ('D-02', 'Workforce Supply & Expansion of Inclusion Bases', 'The Local Area has expanded the number of places available within inclusion bases. Recruitment to these roles has drawn, in part, from special schools, creating a risk of reduced capacity in the specialist sector. Delivery of further expansion therefore depends on a coordinated workforce approach that grows overall capacity (rather than shifting it), including joint recruitment/retention actions, targeted training and clear pathways into specialist roles for teachers and teaching assistants.'),
    ('D-03', 'Clinical Commissioning Model & Experts at Hand Delivery', 'Recruitment for the Experts at Hand programme, statutory advice for EHC needs assessments, and delivery of EHCP Section F will draw on the same limited pool of professionals. A coordinated, joint commissioning approach is therefore needed to ensure specialist capacity is deployed in line with local SEND priorities.'),
    ('D-04', 'ICB Reorganisation & Strategic Commissioning Capacity & Continuity', 'The ICB is undergoing restructuring as part of a national review of ICB arrangements, which will overlap with the early phase of this SEND Reform Programme. Delivery of reforms (including therapy pathways and the Experts at Hand offer) depends on maintaining strategic commissioning, contract management and transformation capacity, with clear decision-making routes and continuity of key roles. The ICB has strengthened its commissioning function in relation to SEND, with Board Executive for SEND, senior CYP commissioners and additional SEND leads.'),
    ('D-05', 'Capital Delivery Milestones & Operational Readiness', 'A significant strand of the SEND Reform Programme relies on the timely delivery of capital projects to increase places within inclusion bases and special schools within the city. Delays to the capital programme would have a knock-on impact on overall programme delivery. In addition, opening new provision depends on operational readiness (workforce recruitment, admissions and thresholds, timetables, policies, and alignment to pathways and the therapy delivery model). The sufficiency workspace within the revised governance structure will maintain grip on both capital milestones and readiness actions, with risks escalated through the RDG/SEND Board.'),
    ('D-06', 'Family First Partnerships Programme and Integrated Neighbourhood Health Teams & Best Start in Life', 'Delivery of the Family First Partnerships Programme and the roll out of integrated neighbourhood health teams, will run alongside SEND reforms and, together, will change how families experience services within the city. These programmes need to align so families experience one joined-up system, including consistent front-door arrangements (referral routes and thresholds), clear lead professional/keyworker roles, joined-up communications, and effective information sharing across partners. A SEND Engagement Lead has been appointed to work across both programmes, ensuring alignment of approach and messaging. Early Years elements of the SEND Reform programme also need to align with the local area''s strategy for Best Start in life. The ICB leads on the commissioning of Neighbourhood Health and is committed to developing neighbourhood health model for CYP. This will enhance early intervention and prevention as well as coordination between our schools and primary care.')
on conflict do nothing;

-- Links to dependencies (here), success measures (metrics-service) and milestones (milestones-service)
insert into risk_link (risk_id, kind, target_code)
select r.id, v.kind, v.target_code
from (values
    ('R-01', 'DEPENDENCY', 'D-03'),
    ('R-01', 'MEASURE', 'EAH-SETTINGS'),
    ('R-01', 'MEASURE', 'FIN-GRANT-DIRECT'),
    ('R-01', 'MEASURE', 'SLT-OT-18WK'),
    ('R-01', 'MEASURE', 'SLT-OT-52WK'),
    ('R-01', 'MILESTONE', 'M-CW-Q2-04'),
    ('R-01', 'MILESTONE', 'M-CW-Q3-02'),
    ('R-01', 'MILESTONE', 'M-CW-Q4-04'),
    ('R-02', 'MEASURE', 'EAH-SETTINGS'),
    ('R-03', 'DEPENDENCY', 'D-04'),
    ('R-03', 'DEPENDENCY', 'D-06'),
    ('R-03', 'MILESTONE', 'M-QA-Q2-04'),
    ('R-03', 'MILESTONE', 'M-QA-Q3-04'),
    ('R-03', 'MILESTONE', 'M-QA-Q4-04'),
    ('R-04', 'MEASURE', 'ATTEND-SEND'),
    ('R-04', 'MEASURE', 'EHCP-INDEP'),
    ('R-04', 'MEASURE', 'EHCP-MAINSTREAM'),
    ('R-04', 'MEASURE', 'EHCP-OOA'),
    ('R-04', 'MEASURE', 'FAMILY-EXPERIENCE'),
    ('R-04', 'MEASURE', 'PEX-EHCP'),
    ('R-04', 'MEASURE', 'SLT-OT-OUTCOMES'),
    ('R-04', 'MEASURE', 'SUSP-EHCP'),
    ('R-04', 'MILESTONE', 'M-QA-Q2-07'),
    ('R-04', 'MILESTONE', 'M-QA-Q3-07'),
    ('R-04', 'MILESTONE', 'M-QA-Q4-07'),
    ('R-05', 'DEPENDENCY', 'D-05'),
    ('R-05', 'MEASURE', 'EHCP-OOA'),
    ('R-05', 'MEASURE', 'PLACES-CLN'),
    ('R-05', 'MEASURE', 'PLACES-SB'),
    ('R-05', 'MEASURE', 'PLACES-SEMH'),
    ('R-05', 'MILESTONE', 'M-CS-Q2-02'),
    ('R-05', 'MILESTONE', 'M-CS-Q2-03'),
    ('R-05', 'MILESTONE', 'M-CS-Q3-05'),
    ('R-05', 'MILESTONE', 'M-CS-Q4-01'),
    ('R-05', 'MILESTONE', 'M-CS-Q4-05'),
    ('R-06', 'DEPENDENCY', 'D-02'),
    ('R-06', 'DEPENDENCY', 'D-03'),
    ('R-06', 'MEASURE', 'EAH-SETTINGS'),
    ('R-06', 'MEASURE', 'PLACES-SB'),
    ('R-06', 'MILESTONE', 'M-CW-Q3-02'),
    ('R-07', 'DEPENDENCY', 'D-03'),
    ('R-07', 'MEASURE', 'EHCP-20WK'),
    ('R-07', 'MEASURE', 'EHCP-AR-TIMELY'),
    ('R-07', 'MEASURE', 'FIN-HNB-SPEND'),
    ('R-07', 'MILESTONE', 'M-CS-Q2-01'),
    ('R-07', 'MILESTONE', 'M-CW-Q2-07'),
    ('R-07', 'MILESTONE', 'M-QA-Q2-09'),
    ('R-07', 'MILESTONE', 'M-QA-Q3-02'),
    ('R-08', 'MEASURE', 'EAH-SETTINGS'),
    ('R-08', 'MILESTONE', 'M-CW-Q2-03'),
    ('R-08', 'MILESTONE', 'M-CW-Q4-02')
) as v (risk_code, kind, target_code)
join risk r on r.code = v.risk_code
on conflict do nothing;
