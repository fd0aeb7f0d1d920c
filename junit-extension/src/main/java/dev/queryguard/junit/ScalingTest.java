package dev.queryguard.junit;

import dev.queryguard.junit.internal.ScalingTestExtension;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test method once per scale and fails when the statements of its recorded action grow with the number
 * of items: the N+1 check. Each run creates {@link Scale#n()} items, then records the action with
 * {@link Scale#record}; after the last scale, every statement's count is compared by fingerprint, loads served
 * from an ORM cache included. The last run fails, naming each statement that grew, its count at every scale and
 * where it first ran.
 *
 * <pre>{@code
 * @ScalingTest                                   // scales 2 and 3, no growth allowed
 * void listsPackagesWithoutNPlusOne(Scale scale) {
 *     createPackages(project, scale.n());
 *     scale.record(() -> api.listPackages(project));
 * }
 * }</pre>
 *
 * <p>Each scale must see exactly {@code n} items. Each scale is a test invocation of its own, with its own
 * {@code @BeforeEach} and {@code @AfterEach}, so a test transaction rolled back after each test (Spring's
 * {@code @Transactional} tests) undoes every scale; otherwise delete the previous scale's items first, or in
 * {@code @AfterEach}. The scales run one after the other, on one thread, even when JUnit runs tests in parallel.
 *
 * <p>Only the block given to {@link Scale#record} counts, not the rest of the method body. Misuse (fewer than
 * two scales, scales not strictly increasing or below 1, a negative slope, no {@link Scale} parameter) fails
 * the test with an {@code ExtensionConfigurationException}.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@Execution(ExecutionMode.SAME_THREAD)
@ExtendWith({QueryGuardExtension.class, ScalingTestExtension.class})
public @interface ScalingTest {

    /** The numbers of items to run the test with: at least two, each at least 1, strictly increasing. */
    int[] scales() default {2, 3};

    /**
     * The statements allowed per added item, summed over the statements that grow: {@code 1} lets one more
     * statement run for each added item. {@code 0}, the default, allows no growth.
     */
    int slope() default 0;

    /**
     * Whether to run the action once, unrecorded, before recording it at each scale, so that caches filling and
     * lazy initialization do not count as growth.
     */
    boolean warmUp() default false;
}
