package vn.pcmt.people.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.people.PersonEvent;

public interface PersonEventRepository extends JpaRepository<PersonEvent, Long> {

    @Query(
            "select v from PersonEvent v where v.personId = :personId and v.deletedAt is null order by v.eventDate desc, v.id desc")
    List<PersonEvent> findLive(long personId);
}
