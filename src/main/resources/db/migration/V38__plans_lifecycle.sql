-- A plan's lifecycle (draft, in force, ended, superseded by another plan) and a header that can be left to fill in:
-- a plan copied from a template or another province starts as a draft without number, issuer or date of issue.
-- Plans entered before this migration were in use: they are in force.
alter table plan add column status varchar(20) not null default 'IN_FORCE';
alter table plan add column superseded_by_id bigint references plan (id);
alter table plan alter column number drop not null;
alter table plan alter column issuer drop not null;
alter table plan alter column issued_on drop not null;
alter table plan add constraint plan_status check (status in ('DRAFT', 'IN_FORCE', 'ENDED', 'SUPERSEDED'));
alter table plan add constraint plan_in_force_complete
    check (status = 'DRAFT' or (number is not null and issuer is not null and issued_on is not null));
alter table plan add constraint plan_superseded_by
    check ((status = 'SUPERSEDED') = (superseded_by_id is not null));

alter table plan_aud add column status varchar(20);
alter table plan_aud add column superseded_by_id bigint;

