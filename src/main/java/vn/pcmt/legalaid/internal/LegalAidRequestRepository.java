package vn.pcmt.legalaid.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every read leaves deleted requests out ({@code @SQLRestriction}, ADR 028). */
public interface LegalAidRequestRepository extends JpaRepository<LegalAidRequest, Long> {}
