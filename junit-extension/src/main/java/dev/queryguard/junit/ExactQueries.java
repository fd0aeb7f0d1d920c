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
 * Fails the test unless its method body runs exactly {@code value} statements, so a drop is noticed as well as
 * a rise (and the number in the test stays true). Counts like {@link MaxQueries}, without a threshold. On a
 * class, it applies to each test; a method's own annotation replaces it.
 *
 * <pre>{@code
 * @Test
 * @ExactQueries(value = 2, kinds = StatementKind.SELECT, cached = false)
 * void showsProject() {
 *     api.get("/projects/1");
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryGuardExtension.class)
public @interface ExactQueries {

    /** The number of statements the test must run; not negative. */
    int value();

    /** The kinds of statement counted; every kind when empty. */
    StatementKind[] kinds() default {};

    /** Regular expressions (found anywhere, case ignored) of which a counted statement's fingerprint must match one. */
    String[] include() default {};

    /** Regular expressions (found anywhere, case ignored): statements whose fingerprint matches one never count. */
    String[] exclude() default {};

    /** Whether loads served from an ORM cache count; they stand for SELECTs, so only when SELECTs count. */
    boolean cached() default true;
}
