package vn.pcmt.plans.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcmt.plans.ReportingRegime;

public interface ReportingRegimeRepository extends JpaRepository<ReportingRegime, Long> {

    @Query("select r from ReportingRegime r where r.planId = ?1 and r.deletedAt is null order by r.kind, r.reporters")
    List<ReportingRegime> findLive(long planId);
}
