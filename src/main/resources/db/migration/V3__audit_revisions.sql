-- Hibernate Envers revisions: one per transaction that changes an audited entity.
create sequence revinfo_seq start with 1 increment by 50;

create table revinfo (
    rev      bigint       not null primary key,
    revtstmp timestamptz  not null,
    username varchar(100)
);

create table revchanges (
    rev        bigint       not null references revinfo (rev),
    entityname varchar(255) not null,
    primary key (rev, entityname)
);

create index revinfo_time on revinfo (revtstmp desc);
create index revinfo_user on revinfo (username);
