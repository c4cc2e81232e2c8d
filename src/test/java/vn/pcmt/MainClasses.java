package vn.pcmt;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's main classes as ArchUnit reads them, imported once for the run: the clock rule and the module
 * API rule check the same classes, and each import took seconds (ADR 049).
 */
final class MainClasses {

    private static JavaClasses main;

    private MainClasses() {}

    static synchronized JavaClasses get() {
        if (main == null) {
            main = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("vn.pcmt");
        }
        return main;
    }
}
