package vn.pcmt.people.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CounsellingRepository extends JpaRepository<CounsellingSession, Long> {

    List<CounsellingSession> findByPersonIdOrderBySessionDateDescIdDesc(long personId);
}
