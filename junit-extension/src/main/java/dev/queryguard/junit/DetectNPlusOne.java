package dev.queryguard.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails a test that loads rows one statement at a time, without the test saying what to expect (prosopite's
 * detection): two or more SELECTs with the same fingerprint from the same call site (the same full stack under
 * {@code queryguard.stacks=true}) and different values. A batch, an {@code IN (...)} fetch and the same
 * statement with the same values are never reported as N+1.
 *
 * <pre>{@code
 * @QueryGuardTest
 * @DetectNPlusOne
 * class PackagesApiTests {
 *     @Test
 *     void listsPackages() {
 *         api.get("/projects/1/packages");
 *     }
 * }
 * }</pre>
 *
 * <p>To detect in every QueryGuard test, set {@value #SETTING}{@code =true} (in {@code queryguard.properties},
 * {@code junit-platform.properties} or a system property); {@code @DetectNPlusOne(false)} then opts a class or
 * method out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryGuardExtension.class)
public @interface DetectNPlusOne {

    /** The setting that turns detection on for every QueryGuard test: {@code true} or {@code false} (default). */
    String SETTING = "queryguard.junit.nPlusOne";

    /** Whether to detect; {@code false} opts out of {@value #SETTING}{@code =true}. */
    boolean value() default true;
}
