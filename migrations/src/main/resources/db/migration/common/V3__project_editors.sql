-- Project editors: people invited to one project (or a few) of an organisation, without the organisation's other
-- data. They hold a membership with role EDITOR, limited to the projects listed here.

alter table membership_invitation add column project_id bigint references project (id) on delete cascade;

create table membership_project (
    membership_id   bigint not null references membership (id) on delete cascade,
    project_id      bigint not null references project (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (membership_id, project_id)
);
create index ix_membership_project_project on membership_project (project_id);
