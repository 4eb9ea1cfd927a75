-- Where a member stopped reading a timeline (Mastodon's markers), so another app continues there.
create table api_markers (
    account_id   bigint      not null,
    timeline     varchar(20) not null,
    last_read_id bigint      not null,
    version      bigint      not null,
    updated_at   timestamp with time zone not null,
    constraint pk_api_markers primary key (account_id, timeline),
    constraint fk_api_markers_account foreign key (account_id) references accounts (id) on delete cascade,
    constraint ck_api_markers_timeline check (timeline in ('home', 'notifications'))
);
