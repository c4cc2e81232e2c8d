package vn.pcmt.people.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every read leaves deleted rows out: the entity declares it ({@code @SQLRestriction}, ADR 028). */
public interface PersonEventRepository extends JpaRepository<PersonEvent, Long> {

    @Query("select v from PersonEvent v where v.personId = :personId order by v.eventDate desc, v.id desc")
    List<PersonEvent> findLive(long personId);

    /** Live events of these people of a kind, with that result or flagged under art. 256a. */
    @Query("select v from PersonEvent v where v.personId in :personIds and v.kind = :kind"
            + " and (v.result = :result or v.flag256a = true)")
    List<PersonEvent> findLiveOf(Collection<Long> personIds, EventKind kind, TestResult result);
}
