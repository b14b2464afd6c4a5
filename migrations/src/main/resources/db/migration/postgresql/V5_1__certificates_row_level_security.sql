-- Row-level security for the certificate tables, as for the project tables (see V1_1 and V2_1). The public
-- verification page and the tamper check look certificates up by number or hash in platform scope, read only.
alter table certificate enable row level security;
alter table certificate force row level security;
create policy certificate_isolation on certificate
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table certificate_version enable row level security;
alter table certificate_version force row level security;
create policy certificate_version_isolation on certificate_version
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table certificate_pdf enable row level security;
alter table certificate_pdf force row level security;
create policy certificate_pdf_isolation on certificate_pdf
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table certificate_run enable row level security;
alter table certificate_run force row level security;
create policy certificate_run_isolation on certificate_run
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table certificate_run_item enable row level security;
alter table certificate_run_item force row level security;
create policy certificate_run_item_isolation on certificate_run_item
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());
