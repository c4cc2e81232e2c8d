-- A target may be set on a group of units of the plan's province (V41): on the group as one unit (its units'
-- figures summed: a share of the group's communes recognised drug-free) or on each unit of the group.
alter table plan_target add column group_id bigint references unit_group (id);
alter table plan_target_aud add column group_id bigint;
alter table plan_target drop constraint plan_target_level_check;
alter table plan_target add constraint plan_target_level_check
    check (level in ('UNIT', 'EACH_COMMUNE', 'EACH_FORMER_DISTRICT', 'GROUP', 'EACH_IN_GROUP'));
alter table plan_target add constraint plan_target_group_level
    check ((group_id is null) = (level not in ('GROUP', 'EACH_IN_GROUP')));
