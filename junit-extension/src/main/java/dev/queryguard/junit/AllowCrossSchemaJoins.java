package dev.queryguard.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows the statements of a test (on a method) or of every test of a class to join tables of schema groups that
 * may not be mixed, which QueryGuard refuses by default once {@code queryguard.group.<name>} patterns are
 * configured. Give the issue that tracks the removal of the join as the reason.
 *
 * <pre>{@code
 * @Test
 * @AllowCrossSchemaJoins(reason = "https://gitlab.com/gitlab-org/gitlab/-/issues/343047")
 * void listsPackagesWithTheirPipelines() {
 *     api.get("/projects/1/packages?include=pipelines");
 * }
 * }</pre>
 *
 * <p>Narrower allowances: {@code CrossSchemaJoins.allow(reason, block)} around the code, or a
 * {@code /* queryguard:allow-cross-schema <reason> *}{@code /} comment in one statement's SQL.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryGuardExtension.class)
public @interface AllowCrossSchemaJoins {

    /** Why the join is tolerated, best the URL of the issue that tracks its removal; must not be blank. */
    String reason();
}
