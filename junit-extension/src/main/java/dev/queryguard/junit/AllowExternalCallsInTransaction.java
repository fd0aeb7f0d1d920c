package dev.queryguard.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a test (or every test of a class) to call external services while a database transaction is open, which
 * QueryGuard otherwise fails: such a call keeps the transaction, its locks and its connection open for as long as
 * the service takes. Say why in {@link #reason()}; a blank reason is refused.
 *
 * <pre>{@code
 * @Test
 * @AllowExternalCallsInTransaction(reason = "the outbox relay must see the row before the broker acks")
 * void publishesThroughTheOutbox() {
 *     outbox.publish(event);
 * }
 * }</pre>
 *
 * <p>Registers {@link QueryGuardExtension} by itself.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(QueryGuardExtension.class)
public @interface AllowExternalCallsInTransaction {

    /** Why the calls may run inside a transaction; must not be blank. */
    String reason();
}
