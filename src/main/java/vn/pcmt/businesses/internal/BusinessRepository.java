package vn.pcmt.businesses.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every read leaves deleted businesses out ({@code @SQLRestriction}, ADR 028). */
public interface BusinessRepository extends JpaRepository<Business, Long> {}
