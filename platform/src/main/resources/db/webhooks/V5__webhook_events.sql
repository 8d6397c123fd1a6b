-- The outbox of webhook events: a row is written in the transaction of the change it reports, so an event exists
-- exactly when its change committed. Deliveries read it from here.
create table webhook_event (
    id           uuid          primary key,
    seq          bigserial     not null unique,  -- order of writing: deliveries keep it per subject
    type         varchar(64)   not null,         -- e.g. registration.created
    subject      varchar(200)  not null,         -- what changed, e.g. registration/<id>: events of one subject stay in order
    occurred_at  timestamptz   not null,
    body         jsonb         not null          -- the event's data: ids and the fields a receiver needs
);
create index webhook_event_subject on webhook_event (subject, seq);
