package vn.pcmt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module layout stays honest: no module reaches into another's internals, no cycles. */
class ModularityTests {

    /**
     * The modules whose root package holds only their API, what other modules use (ADR 027): every module since
     * session 9. A new module joins the list from its first commit.
     */
    static final List<String> NARROWED = List.of(
            "people",
            "hotspots",
            "cultivation",
            "businesses",
            "access",
            "audit",
            "legal",
            "text",
            "platform",
            "web",
            "cases",
            "outreach",
            "legalaid",
            "plans",
            "localities",
            "geo",
            "metrics",
            "reports",
            "agencies",
            "facilities",
            "substitution");

    /** What is never a module's API: the shapes of its own pages, its API's answers, its storage. */
    static final List<String> NEVER_API = List.of("Form", "Row", "Dto", "Repository", "Controller");

    private static final ApplicationModules modules = ApplicationModules.of(PcmtApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules).writeDocumentation();
    }

    @Test
    void a_narrowed_modules_root_holds_no_forms_rows_dtos_repositories_or_controllers() {
        JavaClasses main = MainClasses.get();
        assertThat(main.containPackage("vn.pcmt.people.internal")).isTrue();
        onlyApiAtTheRootOf(NARROWED.stream().map(m -> "vn.pcmt." + m).toArray(String[]::new))
                .check(main);
    }

    @Test
    void the_rule_finds_a_form_at_a_modules_root() {
        JavaClasses sample = new ClassFileImporter().importClasses(SampleForm.class, ModularityTests.class);
        assertThatThrownBy(() -> onlyApiAtTheRootOf("vn.pcmt").check(sample))
                .hasMessageContaining("SampleForm")
                .hasMessageNotContaining("Class <" + ModularityTests.class.getName() + ">");
    }

    /**
     * No top-level class of the given packages (exactly those, not their subpackages) is named like a form, a row, a
     * DTO, a repository or a controller: those belong in the module's {@code internal} or {@code web} package.
     */
    static ArchRule onlyApiAtTheRootOf(String... packages) {
        var rule = noClasses()
                .that()
                .resideInAnyPackage(packages)
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith(NEVER_API.get(0));
        for (String suffix : NEVER_API.subList(1, NEVER_API.size())) {
            rule = rule.orShould().haveSimpleNameEndingWith(suffix);
        }
        return rule.because("a module's root package holds only what other modules use (ADR 027): forms, rows,"
                + " DTOs, repositories and controllers go to its internal or web package");
    }
}

/** A form at a module's root: what the rule refuses. */
class SampleForm {}
