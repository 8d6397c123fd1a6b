-- Idempotency-Key answers. A key is written in the transaction that does the request's work, together with the answer
-- that replays it, so a request that never commits leaves no key behind. The earlier table also held keys claimed
-- in a transaction of their own, which outlived a request whose work failed; it is replaced (its keys were hashed
-- and sealed differently and cannot be read by the new code).
drop table idempotency_key;

create table idempotency_key (
    key_hash           varchar(64)    primary key,  -- SHA-256 of operation, caller and key: the key itself is not stored
    operation          varchar(64)    not null,
    request_hash       varchar(64)    not null,     -- SHA-256 of the request as canonical JSON
    response_status    smallint       not null,
    response_location  varchar(2000),
    response           bytea          not null,     -- the answer's body, sealed with a key derived from the client's key
    created_at         timestamptz    not null default now()
);
-- The scheduled purge deletes the oldest keys first.
create index idempotency_key_created on idempotency_key (created_at);
