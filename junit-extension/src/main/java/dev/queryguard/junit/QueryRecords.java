package dev.queryguard.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps a query record of each test: the statements its method body ran, by fingerprint, in a text file per test
 * class that is committed with the tests ({@code src/test/resources/queryguard/<class name>.queryguard.txt}). A
 * test that later runs a statement more often than its record, or a statement the record does not have, fails
 * with a diff of the record; a reviewer sees the same change in the merge request.
 *
 * <pre>{@code
 * @QueryRecords
 * class PackagesApiTests {
 *     @Test
 *     void listsPackages() {
 *         api.get("/projects/1/packages");
 *     }
 * }
 * }</pre>
 *
 * <p>Records are off unless a test class (or method) carries this annotation or {@value #ENABLED}{@code =true}
 * turns them on for every QueryGuard test; {@code @QueryRecords(false)} then leaves a class or method out. What
 * happens to a record depends on {@value #MODE}:
 * <ul>
 *   <li>{@code once} (the default): creates a missing record, holds the test to an existing one;</li>
 *   <li>{@code none} (the default when the environment variable {@code CI} is {@code true}): a missing record
 *       fails the test;</li>
 *   <li>{@code all}: creates a missing record and fails the test, so that no record appears unseen;</li>
 *   <li>{@code overwrite}: rewrites every record with what the test ran.</li>
 * </ul>
 * A test that runs fewer statements than its record passes, with the report entry
 * {@code queryguard.records=tighten}; under {@value #STRICT}{@code =true} any change fails. The settings are read
 * from {@code queryguard.properties}, {@code junit-platform.properties} or system properties
 * ({@code -Dqueryguard.records.mode=overwrite}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryGuardExtension.class)
public @interface QueryRecords {

    /** Whether every QueryGuard test keeps a record: {@code true} or {@code false} (default). */
    String ENABLED = "queryguard.records.enabled";

    /** What happens to records: {@code once}, {@code none}, {@code all} or {@code overwrite}. */
    String MODE = "queryguard.records.mode";

    /** Whether a test that runs fewer statements than its record fails too: {@code true} or {@code false}. */
    String STRICT = "queryguard.records.strict";

    /**
     * The folder of the record files, relative to the module's base directory (the system property
     * {@code basedir} when set, as Maven's Surefire sets it) unless absolute; default
     * {@code src/test/resources/queryguard}.
     */
    String DIR = "queryguard.records.dir";

    /** Whether to keep records; {@code false} opts out of {@value #ENABLED}{@code =true}. */
    boolean value() default true;
}
