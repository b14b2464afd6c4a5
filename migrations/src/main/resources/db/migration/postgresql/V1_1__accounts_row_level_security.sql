-- Second wall of tenant isolation (the first is the organisation predicate in every repository query).
-- The application sets, per transaction: yp.org (current organisation id), yp.user (current user id)
-- and yp.scope ('platform' only for helpdesk and system work that must cross organisations).
-- FORCE makes the policies apply to the table owner too, which is the application's role.

create or replace function yp_current_org() returns bigint language sql stable as
$$ select nullif(current_setting('yp.org', true), '')::bigint $$;

create or replace function yp_current_user() returns bigint language sql stable as
$$ select nullif(current_setting('yp.user', true), '')::bigint $$;

create or replace function yp_platform_scope() returns boolean language sql stable as
$$ select coalesce(current_setting('yp.scope', true), '') = 'platform' $$;

alter table membership enable row level security;
alter table membership force row level security;
create policy membership_isolation on membership
    using (yp_platform_scope() or organisation_id = yp_current_org() or user_id = yp_current_user())
    with check (yp_platform_scope() or organisation_id = yp_current_org());

alter table membership_invitation enable row level security;
alter table membership_invitation force row level security;
create policy membership_invitation_isolation on membership_invitation
    using (yp_platform_scope() or organisation_id = yp_current_org())
    with check (yp_platform_scope() or organisation_id = yp_current_org());
