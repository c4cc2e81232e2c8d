package vn.pcmt.outreach.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every read leaves deleted rows out ({@code @SQLRestriction}, ADR 028). */
public interface OutreachActivityRepository extends JpaRepository<OutreachActivity, Long> {}
