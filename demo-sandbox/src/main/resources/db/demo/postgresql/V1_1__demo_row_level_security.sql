-- demo_mail carries organisation_id: the mailbox page reads it in the organisation's scope (see the platform's V1_1).
alter table demo_mail enable row level security;
alter table demo_mail force row level security;
create policy demo_mail_isolation on demo_mail
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());
