-- Spring Authorization Server's authorizations: codes and opaque access tokens, kept in the
-- database so tokens survive a restart. The library's blob columns are varchar here: they hold
-- JSON and token strings, and varchar is the one type that H2 and PostgreSQL both compare with
-- "=" (JdbcOAuth2AuthorizationService reads the column types and adapts).
create table oauth2_authorization (
    id                            varchar(100)  not null,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000),
    attributes                    varchar(20000),
    state                         varchar(500),
    authorization_code_value      varchar(1000),
    authorization_code_issued_at  timestamp with time zone,
    authorization_code_expires_at timestamp with time zone,
    authorization_code_metadata   varchar(4000),
    access_token_value            varchar(1000),
    access_token_issued_at        timestamp with time zone,
    access_token_expires_at       timestamp with time zone,
    access_token_metadata         varchar(4000),
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           varchar(4000),
    oidc_id_token_issued_at       timestamp with time zone,
    oidc_id_token_expires_at      timestamp with time zone,
    oidc_id_token_metadata        varchar(4000),
    refresh_token_value           varchar(1000),
    refresh_token_issued_at       timestamp with time zone,
    refresh_token_expires_at      timestamp with time zone,
    refresh_token_metadata        varchar(4000),
    user_code_value               varchar(1000),
    user_code_issued_at           timestamp with time zone,
    user_code_expires_at          timestamp with time zone,
    user_code_metadata            varchar(4000),
    device_code_value             varchar(1000),
    device_code_issued_at         timestamp with time zone,
    device_code_expires_at        timestamp with time zone,
    device_code_metadata          varchar(4000),
    constraint pk_oauth2_authorization primary key (id)
);

-- Every API request looks its token up; codes and states are looked up once each.
create index ix_oauth2_authorization_access_token on oauth2_authorization (access_token_value);
create index ix_oauth2_authorization_code on oauth2_authorization (authorization_code_value);
create index ix_oauth2_authorization_refresh_token on oauth2_authorization (refresh_token_value);
create index ix_oauth2_authorization_state on oauth2_authorization (state);
create index ix_oauth2_authorization_principal on oauth2_authorization (principal_name);
