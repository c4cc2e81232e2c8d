package vn.pcmt.people.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidenceRepository extends JpaRepository<Residence, Long> {

    List<Residence> findByPersonIdOrderByValidFromDesc(long personId);
}
