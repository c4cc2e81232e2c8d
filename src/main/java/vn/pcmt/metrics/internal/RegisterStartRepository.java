package vn.pcmt.metrics.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.metrics.Register;

public interface RegisterStartRepository extends JpaRepository<RegisterStart, Long> {

    @Query("select s from RegisterStart s where s.id = ?1 and s.deletedAt is null")
    Optional<RegisterStart> findLive(long id);

    @Query("select s from RegisterStart s where s.unitId = ?1 and s.register = ?2 and s.deletedAt is null")
    Optional<RegisterStart> findLive(long unitId, Register register);

    @Query("select s from RegisterStart s where s.unitId in ?1 and s.deletedAt is null order by s.register, s.since")
    List<RegisterStart> findLive(Collection<Long> unitIds);
}
