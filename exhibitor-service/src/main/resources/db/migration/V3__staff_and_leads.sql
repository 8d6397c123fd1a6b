-- Staff members an exhibitor registers; each holds an exhibitor-staff badge from registration-service.
-- A row without registration_id is a reservation while registration-service issues the badge.
create table staff_member (
    id               uuid          primary key,
    exhibitor_id     uuid          not null references exhibitor (id) on delete cascade,
    registration_id  varchar(64),
    family_name      varchar(100)  not null,
    given_name       varchar(100)  not null,
    email            varchar(320)  not null,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
-- One badge per person and exhibitor, as registration-service keys it (exhibitor + email).
create unique index staff_member_exhibitor_email_idx on staff_member (exhibitor_id, lower(email));
create index staff_member_exhibitor_idx on staff_member (exhibitor_id, created_at, id);

-- Leads: badges an exhibitor scanned. Contact fields are filled only when the visitor shares them with exhibitors.
create table exhibitor_lead (
    id                uuid           primary key,
    exhibitor_id      uuid           not null references exhibitor (id) on delete cascade,
    registration_id   varchar(64)    not null,
    category          varchar(64),
    rating            integer        check (rating between 1 and 5),
    notes             varchar(2000),
    contact_pending   boolean        not null default false,
    family_name       varchar(200),
    given_name        varchar(200),
    latin_name        varchar(200),
    email             varchar(320),
    phone             varchar(50),
    organization      varchar(200),
    job_title         varchar(200),
    country           varchar(2),
    first_scanned_at  timestamptz    not null,
    last_scanned_at   timestamptz    not null,
    scan_count        integer        not null default 1 check (scan_count > 0),
    constraint exhibitor_lead_once_per_visitor unique (exhibitor_id, registration_id)
);
create index exhibitor_lead_exhibitor_scanned_idx on exhibitor_lead (exhibitor_id, first_scanned_at, id);
