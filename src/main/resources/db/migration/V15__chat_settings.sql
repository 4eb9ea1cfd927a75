-- Each member's messaging settings; a member without a row has the defaults (everyone may send
-- a message request, no sound).
create table chat_settings (
    account_id      bigint      not null,
    who_may_message varchar(20) not null,
    sound           boolean     not null default false,
    constraint pk_chat_settings primary key (account_id),
    constraint ck_chat_settings_who check (who_may_message in ('EVERYONE', 'CONNECTIONS', 'NOBODY')),
    constraint fk_chat_settings_account foreign key (account_id) references accounts (id) on delete cascade
);
