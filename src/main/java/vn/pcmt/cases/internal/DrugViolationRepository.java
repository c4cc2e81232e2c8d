package vn.pcmt.cases.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrugViolationRepository extends JpaRepository<DrugViolation, Long> {}
