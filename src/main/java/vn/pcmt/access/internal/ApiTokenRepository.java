package vn.pcmt.access.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcmt.access.ApiToken;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId);
}
