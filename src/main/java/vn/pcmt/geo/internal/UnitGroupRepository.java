package vn.pcmt.geo.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.geo.UnitGroup;

public interface UnitGroupRepository extends JpaRepository<UnitGroup, Long> {

    @Query("select g from UnitGroup g where g.provinceCode = :provinceCode and g.deletedAt is null")
    List<UnitGroup> findLive(String provinceCode);

    @Query("select g from UnitGroup g where g.id = :id and g.deletedAt is null")
    Optional<UnitGroup> findLive(Long id);

    @Query("select count(g) > 0 from UnitGroup g where g.provinceCode = :provinceCode and g.searchName = :searchName"
            + " and g.deletedAt is null and (:exceptId is null or g.id <> :exceptId)")
    boolean nameTaken(String provinceCode, String searchName, Long exceptId);
}
