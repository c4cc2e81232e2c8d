package vn.pcmt;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import vn.pcmt.people.internal.DuplicateProbes;

/**
 * Forgets what each user has done that counts towards a throttle (duplicate checks reaching other units) after every
 * test: the context is shared by the whole suite, and one test's probing must not refuse another test's registration.
 */
public class ThrottleReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(DuplicateProbes.class)
                .ifAvailable(DuplicateProbes::reset);
    }
}
