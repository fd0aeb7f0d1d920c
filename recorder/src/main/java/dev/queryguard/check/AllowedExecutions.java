package dev.queryguard.check;

import dev.queryguard.check.internal.ExecutionId;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Executions a check lets pass, such as the statements run inside {@link CrossSchemaJoins#allow}. An execution
 * is recognized in every recording that saw it: a test's recording and the recording of a block nested in it
 * hold distinct entries for one execution. Immutable and thread-safe.
 */
public final class AllowedExecutions {

    private static final AllowedExecutions NONE = new AllowedExecutions(Set.of());

    private final Set<ExecutionId> ids;

    private AllowedExecutions(Set<ExecutionId> ids) {
        this.ids = ids;
    }

    /** Allows nothing. */
    public static AllowedExecutions none() {
        return NONE;
    }

    /** Allows exactly {@code executions}, in whichever recording they appear. */
    public static AllowedExecutions of(Collection<StatementEntry> executions) {
        Set<ExecutionId> ids = new HashSet<>();
        for (StatementEntry execution : executions) {
            ids.add(ExecutionId.of(execution));
        }
        return ids.isEmpty() ? NONE : new AllowedExecutions(Set.copyOf(ids));
    }

    /** Allows every statement {@code recording} ran. */
    public static AllowedExecutions of(Recording recording) {
        return of(recording.statements());
    }

    /** Whether {@code execution} is one of the allowed executions. */
    public boolean allows(StatementEntry execution) {
        return !ids.isEmpty() && ids.contains(ExecutionId.of(execution));
    }

    /** The number of allowed executions. */
    public int size() {
        return ids.size();
    }

    @Override
    public String toString() {
        return "AllowedExecutions[" + ids.size() + "]";
    }
}
