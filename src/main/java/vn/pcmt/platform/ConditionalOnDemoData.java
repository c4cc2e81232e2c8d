package vn.pcmt.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Active when demo data should be loaded: {@code pcmt.demo.enabled=true}, or the property is unset and
 * no database server is configured (the embedded database). A production server never gets demo accounts
 * unless asked explicitly.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Conditional(DemoDataCondition.class)
public @interface ConditionalOnDemoData {}
