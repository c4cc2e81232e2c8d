package vn.pcmt.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSuspectRepository extends JpaRepository<CaseSuspect, Long> {

    java.util.List<CaseSuspect> findByCaseIdOrderById(long caseId);
}
