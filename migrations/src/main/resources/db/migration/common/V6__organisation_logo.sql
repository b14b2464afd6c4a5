-- The organisation's logo, printed on its certificates. A table of its own, so that reading an organisation (every
-- request does) never reads the picture. Stored as checked and re-encoded by the platform (PNG or JPEG, at most
-- 600 pixels a side), never as uploaded.
create table organisation_logo (
    organisation_id bigint primary key references organisation (id) on delete cascade,
    format          varchar(4)               not null,
    picture         bytea                    not null,
    width           integer                  not null,
    height          integer                  not null,
    uploaded_at     timestamp with time zone not null,
    uploaded_by     varchar(254)             not null,
    version         bigint                   not null default 0
);
