package vn.pcmt.localities.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommuneYearFigureRepository extends JpaRepository<CommuneYearFigure, Long> {

    Optional<CommuneYearFigure> findByUnitIdAndYear(long unitId, int year);

    List<CommuneYearFigure> findByUnitIdInAndYear(Collection<Long> unitIds, int year);
}
