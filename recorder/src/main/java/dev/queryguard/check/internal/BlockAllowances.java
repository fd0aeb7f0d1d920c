package dev.queryguard.check.internal;

import dev.queryguard.QueryGuard;
import dev.queryguard.check.AllowedExecutions;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crossing executions that ran inside {@code CrossSchemaJoins.allow} blocks, until a face's check takes them.
 * Global rather than per thread, so a block that runs on a pool thread of an all-threads recording counts too; a
 * check takes only the executions of its own recording, so tests running in parallel never take each other's.
 *
 * <p>Executions nobody checks (a block in a test that failed first, or under a plain {@code QueryGuard.record})
 * are dropped oldest first past {@code queryguard.maxEntries}: no recording holds more executions than that, so
 * the bound never drops an allowance a check could still need, and the registry cannot grow without end.
 * Thread-safe; blocks and checks are rare next to statements, so one lock is enough.
 */
public final class BlockAllowances {

    private static final Object LOCK = new Object();
    private static final Map<ExecutionId, Boolean> ALLOWED = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ExecutionId, Boolean> eldest) {
            return size() > QueryGuard.config().maxEntries();
        }
    };

    private BlockAllowances() {
    }

    /** Remembers the crossing statements of a finished {@code allow} block. */
    public static void register(Recording block) {
        synchronized (LOCK) {
            for (StatementEntry entry : block.statements()) {
                if (entry.analysis().crossSchema()) {
                    ALLOWED.put(ExecutionId.of(entry), Boolean.TRUE);
                }
            }
        }
    }

    /** The executions of {@code recording} that ran in {@code allow} blocks, forgetting them: for the face's check. */
    public static AllowedExecutions take(Recording recording) {
        return find(recording, true);
    }

    /** The executions of {@code recording} that ran in {@code allow} blocks, keeping them for a later check. */
    public static AllowedExecutions peek(Recording recording) {
        return find(recording, false);
    }

    private static AllowedExecutions find(Recording recording, boolean remove) {
        List<StatementEntry> found = new ArrayList<>();
        synchronized (LOCK) {
            if (ALLOWED.isEmpty()) {
                return AllowedExecutions.none();
            }
            for (StatementEntry entry : recording.statements()) {
                if (entry.analysis().crossSchema()) {
                    ExecutionId id = ExecutionId.of(entry);
                    if (remove ? ALLOWED.remove(id) != null : ALLOWED.containsKey(id)) {
                        found.add(entry);
                    }
                }
            }
        }
        return AllowedExecutions.of(found);
    }
}
