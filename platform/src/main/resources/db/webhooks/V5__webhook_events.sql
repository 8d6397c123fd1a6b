-- The outbox of webhook events: a row is written in the transaction of the change it reports, so an event exists
-- exactly when its change committed. Deliveries read it from here.
create table webhook_event (
    id           uuid          primary key,
    seq          bigserial     not null unique,  -- order of writing: deliveries keep it per subject
    type         varchar(64)   not null,         -- e.g. registration.created
    subject      varchar(200)  not null,         -- what changed, e.g. registration/<id>: events of one subject stay in order
    occurred_at  timestamptz   not null,
    body         jsonb         not null,         -- the event's data: ids and the fields a receiver needs
    fanned_out   boolean       not null default false  -- a delivery row exists for every subscription it matched
);
create index webhook_event_subject on webhook_event (subject, seq);
create index webhook_event_waiting on webhook_event (seq) where not fanned_out;

-- An organizer's receiver: the events it wants (exact types or a prefix like registration.*) and the secret that
-- signs them. During a rotation the previous secret signs too, until it expires.
create table webhook_subscription (
    id                         uuid           primary key,
    url                        varchar(2000)  not null,
    event_types                varchar(64)[]  not null check (cardinality(event_types) between 1 and 50),
    secret                     varchar(100)   not null,
    previous_secret            varchar(100),
    previous_secret_expires_at timestamptz,
    active                     boolean        not null default true,
    created_at                 timestamptz    not null,
    updated_at                 timestamptz    not null
);

-- One event for one subscription: claimed by a dispatcher (next_attempt_at pushed past the send), sent outside any
-- transaction, then recorded as delivered, due again (with backoff) or failed for good.
create table webhook_delivery (
    subscription_id  uuid          not null references webhook_subscription (id) on delete cascade,
    event_id         uuid          not null references webhook_event (id) on delete cascade,
    event_seq        bigint        not null,
    subject          varchar(200)  not null,
    status           varchar(16)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer       not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz   not null,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       varchar(300),
    delivered_at     timestamptz,
    created_at       timestamptz   not null,  -- the moment retries started counting from (a resend starts anew)
    primary key (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_order on webhook_delivery (subscription_id, subject, event_seq) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, event_seq desc);
create index webhook_delivery_event on webhook_delivery (event_id);
