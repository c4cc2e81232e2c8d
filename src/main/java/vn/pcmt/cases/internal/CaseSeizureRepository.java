package vn.pcmt.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSeizureRepository extends JpaRepository<CaseSeizure, Long> {

    java.util.List<CaseSeizure> findByCaseIdOrderById(long caseId);
}
