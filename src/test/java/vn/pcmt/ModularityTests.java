package vn.pcmt;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module layout stays honest: no module reaches into another's internals, no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PcmtApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeDocumentation();
    }
}
