package vn.pcmt.people.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EpisodeRepository extends JpaRepository<Episode, Long> {

    @Query(
            "select e from Episode e where e.personId = :personId and e.deletedAt is null order by e.startDate desc, e.id desc")
    List<Episode> findLive(long personId);

    @Query("select e from Episode e where e.personId in :personIds and e.deletedAt is null")
    List<Episode> findLiveOf(Collection<Long> personIds);
}
