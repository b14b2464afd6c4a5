-- Accounts, organisations (the tenants), memberships, one-time tokens and the mail outbox.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Ids come from sequences (allocation 50, as in the entities): portable, and they let JPA batch its inserts.
-- EclipseLink takes each value as the last id of a block of 50, hence "start with 50".

create sequence organisation_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;
create sequence membership_seq start with 50 increment by 50;
create sequence account_token_seq start with 50 increment by 50;
create sequence membership_invitation_seq start with 50 increment by 50;
create sequence mail_outbox_seq start with 50 increment by 50;

create table organisation (
    id          bigint primary key,
    name        varchar(200)             not null,
    country     char(2)                  not null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null default 0
);

create table user_account (
    id            bigint primary key,
    email         varchar(254)             not null,
    first_name    varchar(100)             not null,
    last_name     varchar(100)             not null,
    password_hash varchar(400)             not null,
    locale        varchar(10)              not null,
    status        varchar(20)              not null,
    helpdesk      boolean                  not null default false,
    last_organisation_id bigint references organisation (id) on delete set null,
    created_at    timestamp with time zone not null,
    version       bigint                   not null default 0,
    constraint uq_user_account_email unique (email)
);

create table membership (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id) on delete cascade,
    user_id         bigint                   not null references user_account (id) on delete cascade,
    role            varchar(20)              not null,
    joined_at       timestamp with time zone not null,
    constraint uq_membership unique (organisation_id, user_id)
);
create index ix_membership_user on membership (user_id);

-- E-mail confirmation and password reset links: only the SHA-256 of the token is kept.
create table account_token (
    id         bigint primary key,
    user_id    bigint                   not null references user_account (id) on delete cascade,
    purpose    varchar(30)              not null,
    token_hash char(64)                 not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    created_at timestamp with time zone not null,
    constraint uq_account_token_hash unique (token_hash)
);
create index ix_account_token_user on account_token (user_id, purpose);

create table membership_invitation (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id) on delete cascade,
    email           varchar(254)             not null,
    role            varchar(20)              not null,
    token_hash      char(64)                 not null,
    invited_by      bigint references user_account (id) on delete set null,
    expires_at      timestamp with time zone not null,
    accepted_at     timestamp with time zone,
    revoked_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint uq_membership_invitation_hash unique (token_hash)
);
create index ix_membership_invitation_org on membership_invitation (organisation_id);

-- Every mail is written here first; delivered over SMTP when configured, else read by the helpdesk.
create table mail_outbox (
    id          bigint primary key,
    recipient   varchar(254)             not null,
    subject     varchar(500)             not null,
    body_text   text                     not null,
    body_html   text                     not null,
    locale      varchar(10)              not null,
    status      varchar(20)              not null,
    attempts    integer                  not null default 0,
    last_error  varchar(1000),
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone
);
create index ix_mail_outbox_created on mail_outbox (created_at);
