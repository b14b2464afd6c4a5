-- Projects (entered by their grant agreement number), their partners and activities, the people who take part,
-- and the history of changes. Every table carries organisation_id: it is tenant data.

create sequence project_seq start with 50 increment by 50;
create sequence project_partner_seq start with 50 increment by 50;
create sequence activity_seq start with 50 increment by 50;
create sequence person_seq start with 50 increment by 50;
create sequence project_change_seq start with 50 increment by 50;

create table project (
    id                    bigint primary key,
    organisation_id       bigint                   not null references organisation (id),
    number                varchar(40)              not null,
    action_code           varchar(10)              not null,
    title                 varchar(300)             not null,
    description           text,
    start_date            date                     not null,
    end_date              date                     not null,
    venue_city            varchar(100),
    venue_country         char(2),
    organisation_role     varchar(20)              not null,
    legal_rep_name        varchar(200),
    legal_rep_function    varchar(200),
    responsible_name      varchar(200),
    responsible_function  varchar(200),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint                   not null default 0
);
create index ix_project_org_updated on project (organisation_id, updated_at desc);
create index ix_project_org_number on project (organisation_id, number);

create table project_partner (
    id              bigint primary key,
    organisation_id bigint       not null references organisation (id),
    project_id      bigint       not null references project (id) on delete cascade,
    name            varchar(200) not null,
    country         char(2)      not null
);
create index ix_project_partner_project on project_partner (project_id);

create table activity (
    id              bigint primary key,
    organisation_id bigint       not null references organisation (id),
    project_id      bigint       not null references project (id) on delete cascade,
    type            varchar(40)  not null,
    title           varchar(300) not null,
    start_date      date         not null,
    end_date        date         not null,
    venue_city      varchar(100),
    venue_country   char(2),
    description     text,
    version         bigint       not null default 0
);
create index ix_activity_project on activity (project_id);

create table person (
    id                   bigint primary key,
    organisation_id      bigint                   not null references organisation (id),
    project_id           bigint                   not null references project (id) on delete cascade,
    kind                 varchar(20)              not null,
    team_role            varchar(20),
    first_name           varchar(100)             not null,
    last_name            varchar(100)             not null,
    email                varchar(254)             not null,
    residence_country    char(2)                  not null,
    birth_date           date,
    birth_place          varchar(100),
    certificate_languages varchar(100)            not null,
    status               varchar(20)              not null,
    created_at           timestamp with time zone not null,
    version              bigint                   not null default 0
);
create index ix_person_project on person (project_id, last_name, first_name);

create table person_activity (
    person_id       bigint not null references person (id) on delete cascade,
    activity_id     bigint not null references activity (id) on delete cascade,
    primary key (person_id, activity_id)
);

create table project_change (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id),
    project_id      bigint                   not null references project (id) on delete cascade,
    user_id         bigint references user_account (id) on delete set null,
    user_name       varchar(200)             not null,
    changed_at      timestamp with time zone not null,
    what            varchar(60)              not null,
    detail          varchar(500)
);
create index ix_project_change_project on project_change (project_id, changed_at desc);
