package vn.pcmt.agencies.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.agencies.Agency;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query("select a from Agency a where a.provinceCode = :provinceCode and a.deletedAt is null")
    List<Agency> findLive(String provinceCode);

    @Query("select a from Agency a where a.id = :id and a.deletedAt is null")
    Optional<Agency> findLive(Long id);

    @Query("select count(a) > 0 from Agency a where a.provinceCode = :provinceCode and upper(a.code) = upper(:code)"
            + " and a.deletedAt is null and (:exceptId is null or a.id <> :exceptId)")
    boolean codeTaken(String provinceCode, String code, Long exceptId);
}
