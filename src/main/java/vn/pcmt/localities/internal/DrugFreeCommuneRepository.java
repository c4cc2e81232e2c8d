package vn.pcmt.localities.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DrugFreeCommuneRepository extends JpaRepository<DrugFreeCommune, Long> {

    Optional<DrugFreeCommune> findByProgrammeIdAndUnitId(long programmeId, long unitId);

    List<DrugFreeCommune> findByProgrammeId(long programmeId);

    List<DrugFreeCommune> findByUnitIdOrderByIdDesc(long unitId);

    List<DrugFreeCommune> findByStatus(DrugFreeStatus status);
}
