package vn.pcmt.people.internal;

/**
 * A person's statuses on a date, as SQL, used by the person page, the lists, the work list and the figures. They are
 * read from {@code person_status_span}: the periods of each status that the database keeps from the episodes with
 * the one definition, {@code person_status_spans} (R__people_person_status_spans.sql, ADRs 014 and 020). An
 * episode runs from its start to its recorded end or, when none is recorded, to the end the law gave it (management and post-rehab management expire
 * by law; a rehab not recorded as ended counts until its planned end). {@code :d} is the date; the result has
 * columns {@code person_id, status}.
 */
public final class Classification {

    private Classification() {}

    /** Statuses of every person on {@code :d}, restricted to the people in {@code personFilter} (SQL on p). */
    public static String statusesOn(String personFilter) {
        return """
                with held as (
                    select s.person_id, s.status
                    from person_status_span s
                    join person p on p.id = s.person_id
                    where s.valid_from <= :d and (s.valid_to is null or s.valid_to >= :d)
                      and (%1$s)
                )
                select person_id, status from held
                union
                select a.person_id,
                       case when exists (
                           select 1 from held m where m.person_id = a.person_id
                             and m.status in ('UNDER_MANAGEMENT', 'IN_REHAB', 'AFTER_REHAB', 'IN_SUBSTITUTION', 'IN_PRISON'))
                       then 'ADDICT_WITH_RECORD' else 'ADDICT_WITHOUT_RECORD' end
                from held a where a.status = 'ADDICT'
                """
                .formatted(personFilter);
    }
}
