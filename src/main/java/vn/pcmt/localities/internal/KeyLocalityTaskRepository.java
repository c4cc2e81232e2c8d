package vn.pcmt.localities.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KeyLocalityTaskRepository extends JpaRepository<KeyLocalityTask, Long> {

    @Query("select t from KeyLocalityTask t where t.localityId = :localityId and t.deletedAt is null"
            + " order by t.dueOn nulls last, t.id")
    List<KeyLocalityTask> findLive(Long localityId);
}
