-- Exhibitors: an application that, once approved onto a booth, becomes the exhibitor's public profile.
create table exhibitor (
    id               uuid          primary key,
    state            varchar(12)   not null check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    company_name_en  varchar(200)  not null,
    company_name_zh  varchar(200),
    country          varchar(2)    not null,
    website          varchar(500),
    description      varchar(4000),
    booth_code       varchar(20),
    pavilion_code    varchar(16),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          bigint        not null default 0
);
create index exhibitor_state_idx on exhibitor (state);

-- Products an exhibitor shows in the public catalogue.
create table product (
    id            uuid          primary key,
    exhibitor_id  uuid          not null references exhibitor (id) on delete cascade,
    name          varchar(200)  not null,
    description   varchar(4000),
    category      varchar(100),
    theme         varchar(100),
    image_url     varchar(1000),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now()
);
create index product_exhibitor_idx on product (exhibitor_id);
