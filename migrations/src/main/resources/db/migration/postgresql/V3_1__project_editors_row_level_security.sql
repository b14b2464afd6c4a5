alter table membership_project enable row level security;
alter table membership_project force row level security;
-- An editor reads their own grants (to build their project list) before an organisation is chosen.
create policy membership_project_isolation on membership_project
    using (yp_platform_scope() or organisation_id = yp_current_org()
           or exists (select 1 from membership m where m.id = membership_id and m.user_id = yp_current_user()))
    with check (yp_platform_scope() or organisation_id = yp_current_org());
