-- Row-level security for the learner tables, as for the project tables (see V1_1 and V2_1). A learner's own
-- requests run in the scope of the organisation that invited them, set once their link has been found.
alter table learner_invitation enable row level security;
alter table learner_invitation force row level security;
create policy learner_invitation_isolation on learner_invitation
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table learning_record enable row level security;
alter table learning_record force row level security;
create policy learning_record_isolation on learning_record
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table competence_answer enable row level security;
alter table competence_answer force row level security;
create policy competence_answer_isolation on competence_answer
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table evidence_link enable row level security;
alter table evidence_link force row level security;
create policy evidence_link_isolation on evidence_link
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table learner_reference enable row level security;
alter table learner_reference force row level security;
create policy learner_reference_isolation on learner_reference
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table journal_entry enable row level security;
alter table journal_entry force row level security;
create policy journal_entry_isolation on journal_entry
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table review_note enable row level security;
alter table review_note force row level security;
create policy review_note_isolation on review_note
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());
