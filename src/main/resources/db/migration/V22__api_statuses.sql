-- Idempotency-Key of POST /api/v1/statuses: the same key from the same member within an hour
-- answers with the status the first request made. post_id is null while that request runs.
create table api_idempotency_keys (
    account_id      bigint       not null,
    idempotency_key varchar(200) not null,
    post_id         bigint,
    created_at      timestamp with time zone not null,
    constraint pk_api_idempotency_keys primary key (account_id, idempotency_key),
    constraint fk_api_idempotency_keys_account foreign key (account_id) references accounts (id) on delete cascade
);
create index ix_api_idempotency_keys_created on api_idempotency_keys (created_at);

-- The description (alt text) a client gave an uploaded image before naming it in a status. The
-- key is the media module's; no foreign key across modules.
create table api_media_descriptions (
    media_key   varchar(64)   not null,
    account_id  bigint        not null,
    description varchar(1500) not null,
    constraint pk_api_media_descriptions primary key (media_key),
    constraint fk_api_media_descriptions_account foreign key (account_id) references accounts (id) on delete cascade
);
