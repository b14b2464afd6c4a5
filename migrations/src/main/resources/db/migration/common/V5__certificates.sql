-- Certificates: one per learner, with a number that never changes; every generated PDF is a version, kept for the
-- tamper check after a newer one replaces it. What the verification page shows is copied onto each version when
-- it is made (holder, project, organisation, dates), so a certificate stays verifiable as issued even after the
-- project's data is corrected or deleted (the links to project and person are then set to null).
-- The PDF bytes live in the database, one row per version in a table of their own: stored in the same transaction
-- as the version (no orphan or missing files after a rollback, a crash or a restore), backed up with everything
-- else, shared by every replica; lists and verification never read them.

create sequence certificate_seq start with 50 increment by 50;
create sequence certificate_version_seq start with 50 increment by 50;
create sequence certificate_run_seq start with 50 increment by 50;
create sequence certificate_run_item_seq start with 50 increment by 50;

create table certificate (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id),
    project_id      bigint                   references project (id) on delete set null,
    person_id       bigint                   references person (id) on delete set null,
    number          char(16)                 not null,
    status          varchar(10)              not null check (status in ('VALID', 'REVOKED')),
    current_version integer                  not null,
    issued_at       timestamp with time zone not null,
    revoked_at      timestamp with time zone,
    revoked_reason  varchar(1000),
    revoked_by      varchar(200),
    version         bigint                   not null default 0,
    constraint uq_certificate_number unique (number),
    -- one certificate per learner: regenerating makes a new version of it, under the same number
    constraint uq_certificate_person unique (person_id)
);
create index ix_certificate_project on certificate (project_id);

create table certificate_version (
    id                bigint primary key,
    organisation_id   bigint                   not null references organisation (id),
    certificate_id    bigint                   not null references certificate (id),
    version_no        integer                  not null,
    parts             varchar(10)              not null,
    languages         varchar(100)             not null,
    holder_name       varchar(210)             not null,
    project_title     varchar(300)             not null,
    project_number    varchar(40)              not null,
    start_date        date,
    end_date          date,
    organisation_name varchar(200)             not null,
    issue_date        date                     not null,
    pdf_size          integer                  not null,
    sha256            char(64)                 not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(200)             not null,
    replaced_at       timestamp with time zone,
    constraint uq_certificate_version_no unique (certificate_id, version_no)
);
-- the tamper check looks a file up by its hash alone
create unique index ux_certificate_version_sha256 on certificate_version (sha256);

create table certificate_pdf (
    version_id      bigint primary key references certificate_version (id),
    organisation_id bigint not null references organisation (id),
    pdf             bytea  not null
);

-- Bulk generation: a run names the learners once, each as an item; the job works through the items still pending,
-- so a job started again after a crash or a restart carries on where the committed work ends, without duplicates.
create table certificate_run (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id),
    project_id      bigint                   not null references project (id) on delete cascade,
    parts           varchar(10)              not null,
    languages       varchar(100),
    status          varchar(12)              not null check (status in ('RUNNING', 'COMPLETED')),
    started_by_id   bigint,
    started_by      varchar(200)             not null,
    created_at      timestamp with time zone not null,
    heartbeat_at    timestamp with time zone not null,
    finished_at     timestamp with time zone,
    instance_id     varchar(40),
    execution_id    bigint,
    total           integer                  not null
);
create index ix_certificate_run_project on certificate_run (project_id, created_at desc);

create table certificate_run_item (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id),
    run_id          bigint                   not null references certificate_run (id) on delete cascade,
    item_no         integer                  not null,
    person_id       bigint                   references person (id) on delete set null,
    person_name     varchar(210)             not null,
    status          varchar(10)              not null check (status in ('PENDING', 'DONE', 'FAILED')),
    version_id      bigint                   references certificate_version (id),
    problem         varchar(500),
    finished_at     timestamp with time zone,
    constraint uq_certificate_run_item unique (run_id, item_no)
);
create index ix_certificate_run_item_pending on certificate_run_item (run_id, status, item_no);
