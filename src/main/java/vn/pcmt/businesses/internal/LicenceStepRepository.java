package vn.pcmt.businesses.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LicenceStepRepository extends JpaRepository<LicenceStep, Long> {

    List<LicenceStep> findByBusinessIdOrderByTakenOnAscIdAsc(long businessId);
}
