package vn.pcmt.cultivation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every read leaves deleted plots out: the entity declares it ({@code @SQLRestriction}, ADR 028). */
public interface PlotRepository extends JpaRepository<CultivationPlot, Long> {

    @Query("select p from CultivationPlot p where p.replantedFromId = :id")
    Optional<CultivationPlot> findReplantingOf(Long id);
}
