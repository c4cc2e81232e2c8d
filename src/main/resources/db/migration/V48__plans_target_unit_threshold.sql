-- A share of units meeting a per-unit threshold ("80% of border communes with at most 5 addicts"): on a target of
-- a group or each-unit level, each unit is judged by unit_comparison and unit_threshold, and the share of the units
-- meeting it is judged by the target's comparison and threshold. Both or neither.
alter table plan_target add column unit_comparison varchar(4);
alter table plan_target add column unit_threshold numeric(14, 2);
alter table plan_target_aud add column unit_comparison varchar(4);
alter table plan_target_aud add column unit_threshold numeric(14, 2);
alter table plan_target add constraint plan_target_unit_threshold_both
    check ((unit_comparison is null) = (unit_threshold is null));
alter table plan_target add constraint plan_target_unit_threshold_level
    check (unit_threshold is null or level <> 'UNIT');
