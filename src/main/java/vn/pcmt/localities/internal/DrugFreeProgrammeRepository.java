package vn.pcmt.localities.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DrugFreeProgrammeRepository extends JpaRepository<DrugFreeProgramme, Long> {

    @Query("select p from DrugFreeProgramme p where p.id = :id and p.deletedAt is null")
    Optional<DrugFreeProgramme> findLive(Long id);

    @Query("select p from DrugFreeProgramme p where p.provinceCode = :provinceCode and p.deletedAt is null"
            + " order by p.startsOn desc, p.id desc")
    List<DrugFreeProgramme> findLive(String provinceCode);
}
