package vn.pcmt.hotspots.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every read leaves deleted hotspots out: the entity declares it ({@code @SQLRestriction}, ADR 028). */
public interface HotspotRepository extends JpaRepository<Hotspot, Long> {

    @Query("select h from Hotspot h where h.reformedFromId = :id")
    Optional<Hotspot> findReformationOf(Long id);
}
