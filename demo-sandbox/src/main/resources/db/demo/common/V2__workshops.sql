-- Trainer workshops: a private sandbox per workshop, one organisation per seat, each with its own copy of the
-- example projects. Deleted (organisations, logins, this row) once the workshop has ended.

create sequence demo_workshop_seq start with 50 increment by 50;

create table demo_workshop (
    id              bigint primary key,
    name            varchar(200)             not null,
    seats           integer                  not null check (seats between 1 and 40),
    ends_on         date                     not null,
    -- SHA-256 of the address it was opened from: enough to limit workshops per address, without keeping the address
    opened_from     char(64)                 not null,
    created_at      timestamp with time zone not null
);
create index ix_demo_workshop_opened_from on demo_workshop (opened_from, created_at);

alter table demo_organisation add column workshop_id bigint references demo_workshop (id) on delete cascade;
alter table demo_organisation add column seat integer;

alter table demo_account add column workshop_id bigint references demo_workshop (id) on delete cascade;
alter table demo_account add column seat integer;
-- Workshop logins are printed on the trainer's handout, so their generated passwords are kept to print it again.
-- Demo-only throwaway logins for made-up data, deleted with the workshop; never a password a person chose.
alter table demo_account add column handout_password varchar(40);
