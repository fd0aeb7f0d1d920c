package dev.queryguard.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records the statements of each test method body and fails the test when they break a QueryGuard check:
 * joins across schema groups and external calls inside transactions by default, budgets and N+1 scaling
 * where annotated. Fixtures ({@code @BeforeEach}, {@code @AfterEach}) are not recorded.
 *
 * <pre>{@code
 * @QueryGuardTest
 * class PackagesApiTests {
 *     @Test
 *     @MaxQueries(5)
 *     void listsPackages(QueryRecorder recorder) {
 *         api.get("/projects/1/packages");
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryGuardExtension.class)
public @interface QueryGuardTest {

    /** Which threads' statements a test records; by default what {@code queryguard.junit.threads} says. */
    Threads threads() default Threads.CONFIGURED;
}
