package vn.pcmt.people;

/**
 * The one definition of a person's statuses on a date, as SQL, used by the person page, the lists, the work list
 * and the figures. {@code :d} is the date; the result has columns {@code person_id, status}. An episode runs from
 * its start to its recorded end or, when none is recorded, to the end the law gave it (management and post-rehab
 * management expire by law; a rehab not recorded as ended counts until its planned end).
 */
final class ReferenceClassification {

    private ReferenceClassification() {}

    /** Statuses of every person on {@code :d}, restricted to the people in {@code personFilter} (SQL on p). */
    public static String statusesOn(String personFilter) {
        return """
                with direct as (
                    select e.person_id,
                           case e.kind
                               when 'DRUG_USE_MANAGEMENT' then 'UNDER_MANAGEMENT'
                               when 'REHAB' then 'IN_REHAB'
                               when 'POST_REHAB_MANAGEMENT' then 'AFTER_REHAB'
                               when 'SUBSTITUTION_TREATMENT' then 'IN_SUBSTITUTION'
                               when 'PRISON' then 'IN_PRISON'
                               when 'FLAG' then case e.form when 'PSYCHOSIS' then 'HIGH_RISK' else e.form end
                           end as status,
                           case when e.kind = 'REHAB' then 'IN_REHAB_' || e.form end as rehab_form
                    from episode e
                    join person p on p.id = e.person_id
                    where e.deleted_at is null and e.kind <> 'ADDICTION_DETERMINATION'
                      and e.start_date <= :d
                      and coalesce(e.end_date, e.planned_end_date, :d) >= :d
                      and (%1$s)
                ),
                latest_determination as (
                    select distinct on (e.person_id) e.person_id, e.result, e.end_date
                    from episode e
                    join person p on p.id = e.person_id
                    where e.deleted_at is null and e.kind = 'ADDICTION_DETERMINATION'
                      and e.result is not null and e.end_date <= :d and (%1$s)
                    order by e.person_id, e.end_date desc, e.id desc
                ),
                addicts as (
                    select ld.person_id from latest_determination ld
                    where ld.result = 'ADDICTED'
                      and not exists (
                          select 1 from episode r
                          where r.person_id = ld.person_id and r.deleted_at is null and r.kind = 'REHAB'
                            and r.end_reason = 'COMPLETED' and r.end_date >= ld.end_date and r.end_date <= :d)
                )
                select person_id, status from direct where status is not null -- electronic monitoring: no status
                union
                select person_id, rehab_form from direct where rehab_form is not null
                union
                select person_id, 'ADDICT' from addicts
                union
                select a.person_id,
                       case when exists (
                           select 1 from direct m where m.person_id = a.person_id
                             and m.status in ('UNDER_MANAGEMENT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION', 'IN_PRISON'))
                       then 'ADDICT_WITH_RECORD' else 'ADDICT_WITHOUT_RECORD' end
                from addicts a
                """
                .formatted(personFilter);
    }
}
