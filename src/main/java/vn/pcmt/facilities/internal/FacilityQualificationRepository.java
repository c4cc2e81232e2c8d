package vn.pcmt.facilities.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Qualifications of a facility, deleted ones left out. */
public interface FacilityQualificationRepository extends JpaRepository<FacilityQualification, Long> {
    List<FacilityQualification> findByFacilityIdOrderBySinceDescIdDesc(long facilityId);
}
