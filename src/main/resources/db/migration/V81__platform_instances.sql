-- Several application instances over one database (ADR 055).

-- 1. A register version per province. A change to a row of a register raises, at its commit, the version of every
-- province whose territory covers the row's unit (unit_coverage, any version of a province); a kept figure is looked
-- up under the versions of the provinces covering its units, so a change in one province leaves the figures of the
-- others kept. register_version (V23) stays the version of everything else (units, coverage, legal rules, metric
-- definitions, the tables no province can be found for); every kept figure is looked up under it too.
-- The rules are in R__metrics_note_changed_provinces.sql (which tables, and how their rows' units are found) and
-- R__metrics_bump_register_version.sql (the versions raised at commit).
create table province_register_version (
    province_id bigint primary key references admin_unit (id),
    version     bigint not null
);
insert into province_register_version (province_id, version)
select id, 0 from admin_unit where level = 'PROVINCE';

-- 2. Sessions in the database, shared by every instance (Spring Session JDBC's schema for PostgreSQL, version 4.1;
-- spring.session.jdbc.initialize-schema=never: the schema is Flyway's).
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- 3. Scheduled work run once across instances: a row per job, claimed in a transaction (platform.OnceAcrossInstances).
create table scheduled_job (
    name        varchar(100) primary key,
    last_run_at timestamptz
);
