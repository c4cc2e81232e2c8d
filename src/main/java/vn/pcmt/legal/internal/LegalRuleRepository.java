package vn.pcmt.legal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcmt.legal.LegalRule;
import vn.pcmt.legal.LegalRuleCode;

public interface LegalRuleRepository extends JpaRepository<LegalRule, Long> {

    List<LegalRule> findByCodeOrderByEffectiveFromDesc(LegalRuleCode code);

    List<LegalRule> findAllByOrderByCodeAscEffectiveFromDesc();
}
