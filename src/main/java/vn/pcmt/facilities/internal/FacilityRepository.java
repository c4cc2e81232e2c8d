package vn.pcmt.facilities.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every read leaves deleted facilities out ({@code @SQLRestriction}, ADR 028). */
public interface FacilityRepository extends JpaRepository<Facility, Long> {}
