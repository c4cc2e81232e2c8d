package vn.pcmt.hotspots.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HotspotRepository extends JpaRepository<Hotspot, Long> {

    @Query("select h from Hotspot h where h.id = :id and h.deletedAt is null")
    Optional<Hotspot> findLive(Long id);

    @Query("select h from Hotspot h where h.reformedFromId = :id and h.deletedAt is null")
    Optional<Hotspot> findReformationOf(Long id);
}
