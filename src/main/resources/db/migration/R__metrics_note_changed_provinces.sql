-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V81 (ADR 055); the units noted too, for the change log of the provinces (V86, ADR 063).
--
-- The provinces a statement changed rows in, for the register version per province (ADR 055). After each insert,
-- update and delete on a table a figure is read from and a province can be found for, a statement-level trigger runs
-- this function with, as its arguments, where the changed rows (old and new, the transition tables) lie:
-- 'unit:<column>' a unit; 'person:<column>' a person, who lies in every commune they have lived in; 'hotspot:',
-- 'case:', 'business:', 'inspection:', 'facility:', 'school:<column>' a row of that table, which lies in its commune;
-- 'activity:<column>' an outreach activity, which lies in the communes it reached and those of its schools and zones;
-- 'zone:<column>' an industrial zone, which lies in its communes (an activity or a zone inserted before its links lies
-- nowhere yet: the links' own statements raise the provinces).
-- The provinces whose territory covers those units (unit_coverage, any version of a province: a row recorded in a
-- commune of Thái Bình in 2024 is also Hưng Yên's) are added to the transaction's setting pcmt.changed_provinces, and
-- the table to pcmt.province_tables. At commit, bump_register_version() raises the versions of those provinces for the
-- tables noted here, and register_version for any other table. Rows that lie in no unit are counted by no unit's
-- figure and raise nothing. Static queries (the columns are read through to_jsonb), planned once per session and
-- table (force_generic_plan): about 0.1 ms a statement, where a query made per table with EXECUTE was planned at each
-- statement (1–3 ms; an import runs tens of thousands of statements). The references are gathered into arrays of ids
-- and looked up with = any, so a statement of many rows costs in proportion to its rows (07/12/2026: joined as sets,
-- 2,000 rows took 3 s and 8,000 rows 37 s).
-- Tables left out (they keep raising register_version): units, coverage, groups and attributes, legal rules,
-- thresholds, manual metrics, the drug-free programme and its steps and assessments. Outreach activities, their zones,
-- industrial zones and media lie in provinces since 07/12/2026 (ADR 061): an activity recorded anywhere no longer
-- drops every kept figure of the country.
create or replace function note_changed_provinces() returns trigger language plpgsql
set plan_cache_mode = force_generic_plan as $$
declare
    noted text := coalesce(current_setting('pcmt.changed_provinces', true), '');
    tables text := coalesce(current_setting('pcmt.province_tables', true), '');
    args text[] := TG_ARGV;
    changed jsonb[];
    unit_ids bigint[];
    person_ids bigint[];
    hotspot_ids bigint[];
    case_ids bigint[];
    business_ids bigint[];
    inspection_ids bigint[];
    facility_ids bigint[];
    school_ids bigint[];
    activity_ids bigint[];
    zone_ids bigint[];
    found text;
    units_noted text := coalesce(current_setting('pcmt.changed_units', true), '');
    units_found bigint[];
    found_units text;
begin
    -- the changed rows, old and new (a transition table exists only for the operations that have it)
    if TG_OP = 'INSERT' then
        select array_agg(to_jsonb(n)) into changed from new_rows n;
    elsif TG_OP = 'DELETE' then
        select array_agg(to_jsonb(o)) into changed from old_rows o;
    else
        select array_agg(j) into changed
        from (select to_jsonb(n) as j from new_rows n union all select to_jsonb(o) from old_rows o) x;
    end if;
    -- where they lie, as arrays of ids by kind: each looked up through its index with = any (a statement of 8,000
    -- rows took 37 s when the references were joined as sets, which a generic plan does by scanning the tables)
    select array_agg(distinct id) filter (where kind = 'unit'),
           array_agg(distinct id) filter (where kind = 'person'),
           array_agg(distinct id) filter (where kind = 'hotspot'),
           array_agg(distinct id) filter (where kind = 'case'),
           array_agg(distinct id) filter (where kind = 'business'),
           array_agg(distinct id) filter (where kind = 'inspection'),
           array_agg(distinct id) filter (where kind = 'facility'),
           array_agg(distinct id) filter (where kind = 'school'),
           array_agg(distinct id) filter (where kind = 'activity'),
           array_agg(distinct id) filter (where kind = 'zone')
      into unit_ids, person_ids, hotspot_ids, case_ids, business_ids, inspection_ids, facility_ids, school_ids,
           activity_ids, zone_ids
    from (select split_part(a, ':', 1) as kind, (r ->> split_part(a, ':', 2))::bigint as id
          from unnest(changed) r cross join unnest(args) a) x
    where id is not null;
    -- the units the rows lie in (a person in every commune they have lived in)
    units_found := array(
                  select unnest(unit_ids)
                  union select pr.commune_id from person_residence pr where pr.person_id = any (person_ids)
                  union select h.commune_id from hotspot h where h.id = any (hotspot_ids)
                  union select dc.commune_id from drug_case dc where dc.id = any (case_ids)
                  union select b.commune_id from business b where b.id = any (business_ids)
                  union select b.commune_id from business_inspection i join business b on b.id = i.business_id
                      where i.id = any (inspection_ids)
                  union select f.commune_id from facility f where f.id = any (facility_ids)
                  union select s.commune_id from school s where s.id = any (school_ids)
                  union select ac.commune_id from outreach_activity_commune ac where ac.activity_id = any (activity_ids)
                  union select s.commune_id from outreach_activity_school x join school s on s.id = x.school_id
                      where x.activity_id = any (activity_ids)
                  union select zc.commune_id from outreach_activity_zone x
                      join industrial_zone_commune zc on zc.zone_id = x.zone_id where x.activity_id = any (activity_ids)
                  union select zc.commune_id from industrial_zone_commune zc where zc.zone_id = any (zone_ids));
    select string_agg(p::text, ',' order by p) into found from (
        select distinct cv.ancestor_id as p
        from unit_coverage cv
        join admin_unit a on a.id = cv.ancestor_id and a.level = 'PROVINCE'
        where cv.unit_id = any (units_found)
          and position(',' || cv.ancestor_id || ',' in ',' || noted || ',') = 0) x;
    -- the units themselves, for the change log of the provinces (V86, ADR 063): listed up to about 2,000 units a
    -- transaction, '*' beyond (a figure of many units is then computed again whole in those provinces)
    if units_noted <> '*' and cardinality(units_found) > 0 then
        select string_agg(u::text, ',') into found_units from (
            select distinct u from unnest(units_found) u
            where position(',' || u || ',' in ',' || units_noted || ',') = 0) x;
        if found_units is not null then
            units_noted := case when units_noted = '' then found_units else units_noted || ',' || found_units end;
            if length(units_noted) > 12000 then
                units_noted := '*';
            end if;
            perform set_config('pcmt.changed_units', units_noted, true);
        end if;
    end if;
    if position(',' || TG_TABLE_NAME || ',' in tables) = 0 then
        perform set_config('pcmt.province_tables', coalesce(nullif(tables, ''), ',') || TG_TABLE_NAME || ',', true);
    end if;
    if found is not null then
        perform set_config('pcmt.changed_provinces', case when noted = '' then found else noted || ',' || found end,
                           true);
    end if;
    return null;
end
$$;

create or replace trigger person_inserted_provinces after insert on person referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:id', 'person:merged_into_id', 'unit:unit_id', 'unit:permanent_commune_id');
create or replace trigger person_updated_provinces after update on person
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:id', 'person:merged_into_id', 'unit:unit_id', 'unit:permanent_commune_id');
create or replace trigger person_deleted_provinces after delete on person referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:id', 'person:merged_into_id', 'unit:unit_id', 'unit:permanent_commune_id');
-- The people's statuses, written by the triggers of the tables above (ADR 014, 015): noted too, so the change log of
-- the provinces (V86, ADR 063) lists them among the tables a change wrote, as figures are read from them.
create or replace trigger person_place_status_inserted_provinces after insert on person_place_status referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger person_place_status_updated_provinces after update on person_place_status
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger person_place_status_deleted_provinces after delete on person_place_status referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger person_status_span_inserted_provinces after insert on person_status_span referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id');
create or replace trigger person_status_span_updated_provinces after update on person_status_span
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id');
create or replace trigger person_status_span_deleted_provinces after delete on person_status_span referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id');
create or replace trigger person_residence_inserted_provinces after insert on person_residence referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger person_residence_updated_provinces after update on person_residence
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger person_residence_deleted_provinces after delete on person_residence referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger episode_inserted_provinces after insert on episode referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:unit_id');
create or replace trigger episode_updated_provinces after update on episode
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:unit_id');
create or replace trigger episode_deleted_provinces after delete on episode referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:unit_id');
create or replace trigger person_event_inserted_provinces after insert on person_event referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:unit_id', 'unit:commune_id');
create or replace trigger person_event_updated_provinces after update on person_event
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:unit_id', 'unit:commune_id');
create or replace trigger person_event_deleted_provinces after delete on person_event referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:unit_id', 'unit:commune_id');
create or replace trigger person_transfer_inserted_provinces after insert on person_transfer referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:from_commune_id', 'unit:to_commune_id');
create or replace trigger person_transfer_updated_provinces after update on person_transfer
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:from_commune_id', 'unit:to_commune_id');
create or replace trigger person_transfer_deleted_provinces after delete on person_transfer referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:from_commune_id', 'unit:to_commune_id');
create or replace trigger hotspot_inserted_provinces after insert on hotspot referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger hotspot_updated_provinces after update on hotspot
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger hotspot_deleted_provinces after delete on hotspot referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger hotspot_suspect_inserted_provinces after insert on hotspot_suspect referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'hotspot:hotspot_id');
create or replace trigger hotspot_suspect_updated_provinces after update on hotspot_suspect
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'hotspot:hotspot_id');
create or replace trigger hotspot_suspect_deleted_provinces after delete on hotspot_suspect referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'hotspot:hotspot_id');
create or replace trigger key_locality_inserted_provinces after insert on key_locality referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger key_locality_updated_provinces after update on key_locality
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger key_locality_deleted_provinces after delete on key_locality referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger commune_year_figure_inserted_provinces after insert on commune_year_figure referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger commune_year_figure_updated_provinces after update on commune_year_figure
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger commune_year_figure_deleted_provinces after delete on commune_year_figure referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger drugfree_commune_inserted_provinces after insert on drugfree_commune referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger drugfree_commune_updated_provinces after update on drugfree_commune
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger drugfree_commune_deleted_provinces after delete on drugfree_commune referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger manual_figure_inserted_provinces after insert on manual_figure referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger manual_figure_updated_provinces after update on manual_figure
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger manual_figure_deleted_provinces after delete on manual_figure referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger register_start_inserted_provinces after insert on register_start referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger register_start_updated_provinces after update on register_start
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger register_start_deleted_provinces after delete on register_start referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:unit_id');
create or replace trigger drug_case_inserted_provinces after insert on drug_case referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger drug_case_updated_provinces after update on drug_case
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger drug_case_deleted_provinces after delete on drug_case referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger drug_case_article_inserted_provinces after insert on drug_case_article referencing new table as new_rows
    for each statement execute function note_changed_provinces('case:case_id');
create or replace trigger drug_case_article_updated_provinces after update on drug_case_article
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('case:case_id');
create or replace trigger drug_case_article_deleted_provinces after delete on drug_case_article referencing old table as old_rows
    for each statement execute function note_changed_provinces('case:case_id');
create or replace trigger case_seizure_inserted_provinces after insert on case_seizure referencing new table as new_rows
    for each statement execute function note_changed_provinces('case:case_id');
create or replace trigger case_seizure_updated_provinces after update on case_seizure
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('case:case_id');
create or replace trigger case_seizure_deleted_provinces after delete on case_seizure referencing old table as old_rows
    for each statement execute function note_changed_provinces('case:case_id');
create or replace trigger case_suspect_inserted_provinces after insert on case_suspect referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'case:case_id');
create or replace trigger case_suspect_updated_provinces after update on case_suspect
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'case:case_id');
create or replace trigger case_suspect_deleted_provinces after delete on case_suspect referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'case:case_id');
create or replace trigger drug_violation_inserted_provinces after insert on drug_violation referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger drug_violation_updated_provinces after update on drug_violation
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger drug_violation_deleted_provinces after delete on drug_violation referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger cultivation_plot_inserted_provinces after insert on cultivation_plot referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger cultivation_plot_updated_provinces after update on cultivation_plot
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger cultivation_plot_deleted_provinces after delete on cultivation_plot referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger business_inserted_provinces after insert on business referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger business_updated_provinces after update on business
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger business_deleted_provinces after delete on business referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger business_licence_step_inserted_provinces after insert on business_licence_step referencing new table as new_rows
    for each statement execute function note_changed_provinces('business:business_id');
create or replace trigger business_licence_step_updated_provinces after update on business_licence_step
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('business:business_id');
create or replace trigger business_licence_step_deleted_provinces after delete on business_licence_step referencing old table as old_rows
    for each statement execute function note_changed_provinces('business:business_id');
create or replace trigger business_inspection_inserted_provinces after insert on business_inspection referencing new table as new_rows
    for each statement execute function note_changed_provinces('business:business_id', 'hotspot:hotspot_id');
create or replace trigger business_inspection_updated_provinces after update on business_inspection
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('business:business_id', 'hotspot:hotspot_id');
create or replace trigger business_inspection_deleted_provinces after delete on business_inspection referencing old table as old_rows
    for each statement execute function note_changed_provinces('business:business_id', 'hotspot:hotspot_id');
create or replace trigger business_inspection_violation_inserted_provinces after insert on business_inspection_violation referencing new table as new_rows
    for each statement execute function note_changed_provinces('inspection:inspection_id');
create or replace trigger business_inspection_violation_updated_provinces after update on business_inspection_violation
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('inspection:inspection_id');
create or replace trigger business_inspection_violation_deleted_provinces after delete on business_inspection_violation referencing old table as old_rows
    for each statement execute function note_changed_provinces('inspection:inspection_id');
create or replace trigger school_inserted_provinces after insert on school referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger school_updated_provinces after update on school
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger school_deleted_provinces after delete on school referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger industrial_zone_commune_inserted_provinces after insert on industrial_zone_commune referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger industrial_zone_commune_updated_provinces after update on industrial_zone_commune
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger industrial_zone_commune_deleted_provinces after delete on industrial_zone_commune referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger outreach_activity_commune_inserted_provinces after insert on outreach_activity_commune referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger outreach_activity_commune_updated_provinces after update on outreach_activity_commune
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger outreach_activity_commune_deleted_provinces after delete on outreach_activity_commune referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger outreach_activity_school_inserted_provinces after insert on outreach_activity_school referencing new table as new_rows
    for each statement execute function note_changed_provinces('school:school_id');
create or replace trigger outreach_activity_school_updated_provinces after update on outreach_activity_school
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('school:school_id');
create or replace trigger outreach_activity_school_deleted_provinces after delete on outreach_activity_school referencing old table as old_rows
    for each statement execute function note_changed_provinces('school:school_id');
create or replace trigger legal_aid_request_inserted_provinces after insert on legal_aid_request referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger legal_aid_request_updated_provinces after update on legal_aid_request
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger legal_aid_request_deleted_provinces after delete on legal_aid_request referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'unit:commune_id');
create or replace trigger facility_inserted_provinces after insert on facility referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger facility_updated_provinces after update on facility
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger facility_deleted_provinces after delete on facility referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:commune_id');
create or replace trigger facility_assessment_inserted_provinces after insert on facility_assessment referencing new table as new_rows
    for each statement execute function note_changed_provinces('facility:facility_id');
create or replace trigger facility_assessment_updated_provinces after update on facility_assessment
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('facility:facility_id');
create or replace trigger facility_assessment_deleted_provinces after delete on facility_assessment referencing old table as old_rows
    for each statement execute function note_changed_provinces('facility:facility_id');
create or replace trigger facility_qualification_inserted_provinces after insert on facility_qualification referencing new table as new_rows
    for each statement execute function note_changed_provinces('facility:facility_id');
create or replace trigger facility_qualification_updated_provinces after update on facility_qualification
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('facility:facility_id');
create or replace trigger facility_qualification_deleted_provinces after delete on facility_qualification referencing old table as old_rows
    for each statement execute function note_changed_provinces('facility:facility_id');
create or replace trigger substitution_episode_inserted_provinces after insert on substitution_episode referencing new table as new_rows
    for each statement execute function note_changed_provinces('person:person_id', 'facility:clinic_id', 'facility:dispensing_point_id');
create or replace trigger substitution_episode_updated_provinces after update on substitution_episode
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'facility:clinic_id', 'facility:dispensing_point_id');
create or replace trigger substitution_episode_deleted_provinces after delete on substitution_episode referencing old table as old_rows
    for each statement execute function note_changed_provinces('person:person_id', 'facility:clinic_id', 'facility:dispensing_point_id');
create or replace trigger outreach_activity_inserted_provinces after insert on outreach_activity referencing new table as new_rows
    for each statement execute function note_changed_provinces('activity:id');
create or replace trigger outreach_activity_updated_provinces after update on outreach_activity
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('activity:id');
create or replace trigger outreach_activity_deleted_provinces after delete on outreach_activity referencing old table as old_rows
    for each statement execute function note_changed_provinces('activity:id');
create or replace trigger outreach_activity_zone_inserted_provinces after insert on outreach_activity_zone referencing new table as new_rows
    for each statement execute function note_changed_provinces('zone:zone_id');
create or replace trigger outreach_activity_zone_updated_provinces after update on outreach_activity_zone
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('zone:zone_id');
create or replace trigger outreach_activity_zone_deleted_provinces after delete on outreach_activity_zone referencing old table as old_rows
    for each statement execute function note_changed_provinces('zone:zone_id');
create or replace trigger industrial_zone_inserted_provinces after insert on industrial_zone referencing new table as new_rows
    for each statement execute function note_changed_provinces('zone:id');
create or replace trigger industrial_zone_updated_provinces after update on industrial_zone
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('zone:id');
create or replace trigger industrial_zone_deleted_provinces after delete on industrial_zone referencing old table as old_rows
    for each statement execute function note_changed_provinces('zone:id');
create or replace trigger outreach_medium_inserted_provinces after insert on outreach_medium referencing new table as new_rows
    for each statement execute function note_changed_provinces('unit:province_id');
create or replace trigger outreach_medium_updated_provinces after update on outreach_medium
    referencing new table as new_rows old table as old_rows
    for each statement execute function note_changed_provinces('unit:province_id');
create or replace trigger outreach_medium_deleted_provinces after delete on outreach_medium referencing old table as old_rows
    for each statement execute function note_changed_provinces('unit:province_id');
