package vn.pcmt.facilities.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every read leaves deleted facilities out ({@code @SQLRestriction}, ADR 028). */
public interface FacilityRepository extends JpaRepository<Facility, Long> {

    java.util.Optional<Facility> findFirstByNameOrderById(String name);

    default java.util.Optional<Facility> findByName(String name) {
        return findFirstByNameOrderById(name);
    }

    /** Rehab facilities lying in the unit (any version it covers), open on the day (ADR 043). */
    @Query(
            value = "select f.* from facility f where f.deleted_at is null"
                    + " and f.kind in ('PUBLIC_REHAB', 'PRIVATE_REHAB') and f.valid_from <= :day"
                    + " and (f.valid_to is null or f.valid_to >= :day)"
                    + " and f.commune_id in (select c.unit_id from unit_coverage c where c.ancestor_id = :unit)"
                    + " order by f.name, f.id",
            nativeQuery = true)
    List<Facility> findRehabIn(@Param("unit") long unitId, @Param("day") LocalDate day);
}
