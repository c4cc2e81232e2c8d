package vn.pcmt.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrugCaseRepository extends JpaRepository<DrugCase, Long> {}
