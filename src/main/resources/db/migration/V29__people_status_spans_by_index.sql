-- The periods of the given people only (ADR 014): V24's "every person when the list is null" put an OR in the
-- condition, and a generic plan of the trigger's query (chosen by PL/pgSQL after five calls on a connection, or
-- from the statistics of a still empty table) could then scan every episode at each change of one person. A
-- full recomputation passes every person's id: refresh_person_status(array(select id from person)).
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
