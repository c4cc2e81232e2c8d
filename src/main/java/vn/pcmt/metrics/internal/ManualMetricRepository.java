package vn.pcmt.metrics.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.metrics.ManualMetric;

public interface ManualMetricRepository extends JpaRepository<ManualMetric, Long> {

    @Query("select m from ManualMetric m where m.id = ?1 and m.deletedAt is null")
    Optional<ManualMetric> findLive(long id);

    @Query("select m from ManualMetric m where m.provinceCode = ?1 and m.deletedAt is null order by m.code")
    List<ManualMetric> findLive(String provinceCode);

    @Query("select m from ManualMetric m where m.provinceCode = ?1 and m.code = ?2 and m.deletedAt is null")
    Optional<ManualMetric> findLive(String provinceCode, String code);

    @Query("select m from ManualMetric m where m.code = ?1 and m.deletedAt is null order by m.provinceCode")
    List<ManualMetric> findLiveByCode(String code);
}
