-- A signed PDF is already compressed (its streams are deflated): PostgreSQL's own compression of large values would
-- spend CPU on every certificate stored for little gain. Kept out of line, uncompressed.
alter table certificate_pdf alter column pdf set storage external;
alter table organisation_logo alter column picture set storage external;
