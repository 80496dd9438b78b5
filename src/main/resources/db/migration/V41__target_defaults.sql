-- What a lead sets on a target for the wizard to offer above the procedure's defaults; null: the procedure's default.
alter table gauth_target add column default_config_server_port integer;
alter table gauth_target add column default_config_server_location varchar(100);
alter table gauth_target add column default_data_center_location varchar(100);
alter table gauth_target add column default_entry_point varchar(2000);
alter table gauth_target add column default_cors_origins varchar(4000);
