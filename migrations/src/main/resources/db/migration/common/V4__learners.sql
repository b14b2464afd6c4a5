-- Learners: the personal link an organisation sends (only its hash is kept), the learner's self-assessment
-- (drafts private to the learner until submitted), their private goals and journal, and the review notes.

create sequence learner_invitation_seq start with 50 increment by 50;
create sequence evidence_link_seq start with 50 increment by 50;
create sequence journal_entry_seq start with 50 increment by 50;
create sequence review_note_seq start with 50 increment by 50;

create table learner_invitation (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id),
    person_id       bigint                   not null references person (id) on delete cascade,
    token_hash      char(64)                 not null unique,
    message         varchar(2000),
    deadline        date,
    names_editable  boolean                  not null,
    invited_by      varchar(200)             not null,
    sent_by_mail    boolean                  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    ended_at        timestamp with time zone,
    end_reason      varchar(20)
);
create index ix_learner_invitation_person on learner_invitation (person_id, created_at desc);

-- One per learner, created when they first open their link. The personal data here is the learner's own
-- version, copied onto the person when they submit.
create table learning_record (
    person_id        bigint primary key references person (id) on delete cascade,
    organisation_id  bigint                   not null references organisation (id),
    first_name       varchar(100),
    last_name        varchar(100),
    birth_date       date,
    birth_place      varchar(100),
    tasks            text,
    goals            text,
    saved_at         timestamp with time zone,
    submitted_at     timestamp with time zone,
    version          bigint                   not null default 0
);

create table competence_answer (
    person_id       bigint       not null references learning_record (person_id) on delete cascade,
    organisation_id bigint       not null references organisation (id),
    competence      varchar(40)  not null,
    answer          text         not null,
    primary key (person_id, competence)
);

create table evidence_link (
    id              bigint primary key,
    organisation_id bigint        not null references organisation (id),
    person_id       bigint        not null references learning_record (person_id) on delete cascade,
    title           varchar(200)  not null,
    url             varchar(2000) not null,
    created_at      timestamp with time zone not null
);
create index ix_evidence_link_person on evidence_link (person_id, created_at);

create table learner_reference (
    person_id       bigint       not null references learning_record (person_id) on delete cascade,
    organisation_id bigint       not null references organisation (id),
    slot            smallint     not null check (slot in (1, 2)),
    name            varchar(200),
    role            varchar(200),
    contact         varchar(254),
    primary key (person_id, slot)
);

create table journal_entry (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id),
    person_id       bigint                   not null references learning_record (person_id) on delete cascade,
    written_on      date                     not null,
    text            text                     not null,
    created_at      timestamp with time zone not null
);
create index ix_journal_entry_person on journal_entry (person_id, written_on desc);

-- What happened in review: accepted, sent back with a comment, or a correction by the organisation with the
-- text before and after, so the learner's words are never changed silently.
create table review_note (
    id              bigint primary key,
    organisation_id bigint                   not null references organisation (id),
    person_id       bigint                   not null references person (id) on delete cascade,
    kind            varchar(20)              not null,
    comment         text,
    field           varchar(60),
    before_text     text,
    after_text      text,
    author_name     varchar(200)             not null,
    created_at      timestamp with time zone not null
);
create index ix_review_note_person on review_note (person_id, created_at);
