package vn.pcmt.facilities.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Assessments of a facility's legal conditions, deleted ones left out. */
public interface FacilityAssessmentRepository extends JpaRepository<FacilityAssessment, Long> {
    List<FacilityAssessment> findByFacilityIdOrderByAssessedOnDescIdDesc(long facilityId);
}
