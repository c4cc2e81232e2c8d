-- A task of a plan goes to an agency of the province or to a unit (a commune's or a former district's steering
-- committee / people's committee), reported on the same way by the users of that unit. Exactly one of the two.
alter table plan_task alter column lead_agency_id drop not null;
alter table plan_task add column lead_unit_id bigint references admin_unit (id);
alter table plan_task add constraint plan_task_lead
    check ((lead_agency_id is null) <> (lead_unit_id is null));
create index plan_task_lead_unit on plan_task (lead_unit_id) where deleted_at is null and lead_unit_id is not null;

alter table plan_task_aud add column lead_unit_id bigint;
