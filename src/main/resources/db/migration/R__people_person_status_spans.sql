-- A rule in force (ADR 020): this file is its one current definition. Change the rule here, never in a versioned
-- migration; Flyway applies this file again, after every versioned migration, whenever its content changes.
-- History: V24, V29 (only the given people).
--
-- The statuses of the given people as periods (ADR 014), from their episodes; the one definition of what a person
-- is on a date:
--  * an episode other than a determination gives its status from its start to its recorded end or, when none is
--    recorded, to the end the law gave it (planned end); open when neither;
--  * a rehab gives also its form (IN_REHAB_<form>);
--  * an addiction determination with result ADDICTED makes the person an addict from its date until the day before
--    a later determination (the latest one on a date counts; the same date: the one recorded last) or the day before a
--    rehab completed on or after it.
-- ADDICT_WITH_RECORD / ADDICT_WITHOUT_RECORD are read on a date from these (see Classification).
-- Only the people given (no "every person when null": an OR in the condition let a generic plan scan every episode
-- at each change of one person). A full recomputation passes every id:
-- refresh_person_status(array(select id from person)).
create or replace function person_status_spans(ids bigint[])
    returns table (person_id bigint, status varchar, valid_from date, valid_to date)
    language sql stable as
$$
select x.person_id, x.status, x.valid_from, x.valid_to
from (
    select e.person_id,
           case e.kind
               when 'DRUG_USE_MANAGEMENT' then 'UNDER_MANAGEMENT'
               when 'REHAB' then 'IN_REHAB'
               when 'POST_REHAB_MANAGEMENT' then 'AFTER_REHAB'
               when 'SUBSTITUTION_TREATMENT' then 'IN_SUBSTITUTION'
               when 'PRISON' then 'IN_PRISON'
               when 'FLAG' then case e.form when 'PSYCHOSIS' then 'HIGH_RISK' else e.form end
           end::varchar as status,
           e.start_date as valid_from,
           coalesce(e.end_date, e.planned_end_date) as valid_to
    from episode e
    where e.deleted_at is null and e.kind <> 'ADDICTION_DETERMINATION' and e.person_id = any (ids)
    union all
    select e.person_id, ('IN_REHAB_' || e.form)::varchar, e.start_date, coalesce(e.end_date, e.planned_end_date)
    from episode e
    where e.deleted_at is null and e.kind = 'REHAB' and e.form is not null and e.person_id = any (ids)
    union all
    select d.person_id, 'ADDICT'::varchar, d.end_date, least(d.next_end - 1, d.completed - 1)
    from (
        select e.person_id, e.result, e.end_date,
               lead(e.end_date) over (partition by e.person_id order by e.end_date, e.id) as next_end,
               (select min(r.end_date) from episode r
                where r.person_id = e.person_id and r.deleted_at is null and r.kind = 'REHAB'
                  and r.end_reason = 'COMPLETED' and r.end_date >= e.end_date) as completed
        from episode e
        where e.deleted_at is null and e.kind = 'ADDICTION_DETERMINATION' and e.result is not null
          and e.end_date is not null and e.person_id = any (ids)
    ) d
    where d.result = 'ADDICTED'
) x
where x.status is not null and (x.valid_to is null or x.valid_from <= x.valid_to)
$$;
