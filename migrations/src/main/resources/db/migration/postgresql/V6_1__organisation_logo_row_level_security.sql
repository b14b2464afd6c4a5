-- Row-level security for the logo, as for every tenant table (see V1_1).
alter table organisation_logo enable row level security;
alter table organisation_logo force row level security;
create policy organisation_logo_isolation on organisation_logo
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());
