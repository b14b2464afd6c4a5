-- Row-level security for the project tables, as for memberships (see V1_1).
alter table project enable row level security;
alter table project force row level security;
create policy project_isolation on project
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table project_partner enable row level security;
alter table project_partner force row level security;
create policy project_partner_isolation on project_partner
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table activity enable row level security;
alter table activity force row level security;
create policy activity_isolation on activity
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table person enable row level security;
alter table person force row level security;
create policy person_isolation on person
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table person_activity enable row level security;
alter table person_activity force row level security;
-- A join row is visible when its person is (the subquery is filtered by person's own policy).
create policy person_activity_isolation on person_activity
    using (yp_platform_scope() or exists (select 1 from person p where p.id = person_id))
    with check (yp_platform_scope() or exists (select 1 from person p where p.id = person_id));

alter table project_change enable row level security;
alter table project_change force row level security;
create policy project_change_isolation on project_change
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());
