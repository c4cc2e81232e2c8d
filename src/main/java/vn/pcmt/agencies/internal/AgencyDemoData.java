package vn.pcmt.agencies.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.pcmt.agencies.Agency;
import vn.pcmt.platform.ConditionalOnDemoData;

/** The standard agencies of Hưng Yên (embedded mode only). */
@Component
@ConditionalOnDemoData
@Order(20)
class AgencyDemoData implements ApplicationRunner {

    static final String PROVINCE = "33";

    private final AgencyRepository agencies;

    AgencyDemoData(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!agencies.findLive(PROVINCE).isEmpty()) {
            return;
        }
        List<AgencyForm> forms = StandardAgencies.forProvince(PROVINCE, "Hưng Yên", false);
        forms.forEach(form -> agencies.save(new Agency(PROVINCE, form)));
    }
}
