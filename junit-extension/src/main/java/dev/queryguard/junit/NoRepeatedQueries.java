package dev.queryguard.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test when its method body runs the same statement with the same bound values twice: the second
 * execution could have reused the first result. Statements that read or write data count; session commands,
 * DDL and transaction control do not. On a class, it applies to each test.
 *
 * <pre>{@code
 * @Test
 * @NoRepeatedQueries
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
public @interface NoRepeatedQueries {
}
