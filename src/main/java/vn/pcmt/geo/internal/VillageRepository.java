package vn.pcmt.geo.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.geo.Village;

public interface VillageRepository extends JpaRepository<Village, Long> {

    @Query("select v from Village v where v.communeId = :communeId and v.deletedAt is null")
    List<Village> findLiveByCommune(long communeId);

    @Query("select v from Village v where v.id = :id and v.deletedAt is null")
    Optional<Village> findLiveById(Long id);

    @Query("select count(v) > 0 from Village v where v.communeId = :communeId and v.searchName = :searchName"
            + " and v.deletedAt is null and (:exceptId is null or v.id <> :exceptId)")
    boolean nameTaken(long communeId, String searchName, Long exceptId);
}
