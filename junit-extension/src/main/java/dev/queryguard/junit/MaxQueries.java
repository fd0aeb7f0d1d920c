package dev.queryguard.junit;

import dev.queryguard.analysis.StatementKind;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test when its method body runs more statements than {@code value} (plus {@code threshold}), like
 * GitLab's {@code exceed_query_limit}. On a class, it budgets each test; a method's own budget replaces it. The
 * failure lists the counted statements grouped by fingerprint, most frequent first, with their first call site.
 *
 * <pre>{@code
 * @Test
 * @MaxQueries(value = 5, kinds = StatementKind.SELECT, exclude = "^select .* from pg_catalog")
 * void listsPackages() {
 *     api.get("/projects/1/packages");
 * }
 * }</pre>
 *
 * <p>Loads served from an ORM cache count by default, as in GitLab: a cold cache would run them. Use one of
 * {@code @MaxQueries} and {@link ExactQueries} per method or class.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryGuardExtension.class)
public @interface MaxQueries {

    /** The most statements the test may run; not negative. */
    int value();

    /** The kinds of statement counted; every kind when empty. */
    StatementKind[] kinds() default {};

    /**
     * Regular expressions (found anywhere, case ignored) of which a counted statement's fingerprint must match
     * one; a cache load is matched by its text, {@code cached ENTITY Project#1 (region dev.example.Project)}.
     */
    String[] include() default {};

    /** Regular expressions (found anywhere, case ignored): statements whose fingerprint matches one never count. */
    String[] exclude() default {};

    /** Extra statements tolerated above {@code value} before the test fails (GitLab's threshold); not negative. */
    int threshold() default 0;

    /** Whether loads served from an ORM cache count; they stand for SELECTs, so only when SELECTs count. */
    boolean cached() default true;
}
