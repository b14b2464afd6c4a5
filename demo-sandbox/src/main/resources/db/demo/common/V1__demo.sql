-- The demo sandbox's own tables. They live beside the platform's schema with their own Flyway history table
-- (demo_schema_history), so the live platform's migrations never know about them.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

create sequence demo_wipe_run_seq start with 50 increment by 50;

-- Organisations that belong to the demo (the shared one; later workshop seats) and when they were last seeded.
create table demo_organisation (
    organisation_id bigint primary key references organisation (id) on delete cascade,
    kind            varchar(20)              not null,
    seeded_at       timestamp with time zone,
    created_at      timestamp with time zone not null
);

-- Logins that belong to the demo (the shared login; later trainers and seats): the wipe keeps them and their
-- memberships, and restores them.
create table demo_account (
    user_id    bigint primary key references user_account (id) on delete cascade,
    kind       varchar(20)              not null,
    created_at timestamp with time zone not null
);

-- Which organisation a mail came from, so that each demo organisation's mailbox shows its own mails only.
create table demo_mail (
    outbox_id       bigint primary key references mail_outbox (id) on delete cascade,
    organisation_id bigint not null references organisation (id) on delete cascade
);
create index ix_demo_mail_org on demo_mail (organisation_id, outbox_id);

-- The history of wipes, shown to the helpdesk. A scheduled run names its cron slot: the unique constraint lets
-- only one replica start it.
create table demo_wipe_run (
    id            bigint primary key,
    trigger_kind  varchar(20)              not null,
    scheduled_for timestamp with time zone,
    requested_by  varchar(200),
    started_at    timestamp with time zone not null,
    ended_at      timestamp with time zone,
    status        varchar(20)              not null,
    organisations integer                  not null default 0,
    rows_deleted  bigint                   not null default 0,
    error         varchar(1000),
    constraint uq_demo_wipe_run_slot unique (scheduled_for)
);
create index ix_demo_wipe_run_started on demo_wipe_run (started_at);

-- The plan of one run, written once at its start: each organisation is wiped (and re-seeded, or deleted) in one
-- transaction that also marks its item done, so a run stopped half-way resumes with the rest and nothing is left
-- half-deleted. No foreign key to organisation: deleted organisations stay listed.
create table demo_wipe_item (
    run_id          bigint  not null references demo_wipe_run (id) on delete cascade,
    organisation_id bigint  not null,
    keep_seeded     boolean not null,
    done_at         timestamp with time zone,
    rows_deleted    bigint  not null default 0,
    primary key (run_id, organisation_id)
);
