-- The level a target applies to: the unit asked (the province, or a commune looking at itself), each commune of
-- the unit, or each former district (before 1/7/2025). A level target is met when every unit of the level meets it.
alter table plan_target add column level varchar(30) not null default 'UNIT'
    check (level in ('UNIT', 'EACH_COMMUNE', 'EACH_FORMER_DISTRICT'));
alter table plan_target_aud add column level varchar(30);
