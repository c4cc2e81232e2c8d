package vn.pcmt.geo.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitAttributeRepository extends JpaRepository<UnitAttribute, Long> {

    @Query("select a from UnitAttribute a where a.unitId = :unitId and a.deletedAt is null order by a.validFrom")
    List<UnitAttribute> findLiveByUnit(long unitId);

    @Query("select a from UnitAttribute a where a.id = :id and a.deletedAt is null")
    Optional<UnitAttribute> findLive(Long id);

    @Query(
            "select a from UnitAttribute a where a.unitId = :unitId and a.attribute = :attribute and a.deletedAt is null")
    List<UnitAttribute> findLive(long unitId, UnitAttributeKind attribute);

    @Query(
            value = "select a.* from unit_attribute a join unit_coverage c on c.unit_id = a.unit_id"
                    + " where c.ancestor_id = :provinceId and a.deleted_at is null order by a.attribute, a.unit_id,"
                    + " a.valid_from",
            nativeQuery = true)
    List<UnitAttribute> findLiveCoveredBy(long provinceId);
}
