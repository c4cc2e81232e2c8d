package vn.pcmt.metrics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.metrics.ManualFigure;

public interface ManualFigureRepository extends JpaRepository<ManualFigure, Long> {

    @Query("select f from ManualFigure f where f.id = ?1 and f.deletedAt is null")
    Optional<ManualFigure> findLive(long id);

    @Query("select f from ManualFigure f where f.metricId = ?1 and f.deletedAt is null"
            + " order by f.periodTo desc, f.unitId")
    List<ManualFigure> findLiveOfMetric(long metricId);

    @Query("select f from ManualFigure f where f.metricId = ?1 and f.unitId = ?2 and f.periodFrom = ?3"
            + " and f.periodTo = ?4 and f.deletedAt is null")
    Optional<ManualFigure> findLive(long metricId, long unitId, LocalDate from, LocalDate to);
}
