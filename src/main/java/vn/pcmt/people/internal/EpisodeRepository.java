package vn.pcmt.people.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every read leaves deleted rows out: the entity declares it ({@code @SQLRestriction}, ADR 028). */
public interface EpisodeRepository extends JpaRepository<Episode, Long> {

    @Query("select e from Episode e where e.personId = :personId order by e.startDate desc, e.id desc")
    List<Episode> findLive(long personId);

    @Query("select e from Episode e where e.personId in :personIds")
    List<Episode> findLiveOf(Collection<Long> personIds);
}
