package dev.queryguard.check;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.internal.NPlusOneFound;
import dev.queryguard.check.internal.RowByRowLoad;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds N+1 loads without a test saying what to expect, like prosopite: two or more SELECTs with the same
 * fingerprint, run from the same place in the code with different values, are one load per row that a single
 * statement could have done.
 *
 * <p>The place is the full stack when the recording has one ({@code queryguard.stacks=true}), else the call site;
 * without call sites ({@code queryguard.callSites=false}) the fingerprint alone groups statements. Never
 * reported: a single statement, batches, collection fetches ({@code in (...)}, PostgreSQL's {@code = any (?)}:
 * ORMs fetch batches this way, several per loop when a batch is full), and the same statement with the same
 * values, which {@link RepeatedStatementsCheck} reports.
 *
 * <p>Stateless and thread-safe.
 */
public final class NPlusOneCheck {

    /** The check's name in failures and reports. */
    public static final String NAME = "n-plus-one";

    private static final Pattern COLLECTION_FETCH = Pattern.compile("\\bin ?\\(\\.\\.\\.\\)|\\bany ?\\(\\?\\)");

    private NPlusOneCheck() {
    }

    /** Returns the failure when {@code recording} loaded row by row; {@code subject} names what ran. */
    public static Optional<CheckFailure> check(String subject, Recording recording) {
        Map<Place, List<StatementEntry>> byPlace = new LinkedHashMap<>();
        for (StatementEntry statement : recording.statements()) {
            if (candidate(statement)) {
                byPlace.computeIfAbsent(Place.of(statement), place -> new ArrayList<>()).add(statement);
            }
        }
        List<RowByRowLoad> loads = new ArrayList<>();
        for (List<StatementEntry> executions : byPlace.values()) {
            Set<Values> distinct = new LinkedHashSet<>();
            executions.forEach(statement -> distinct.add(new Values(statement.sql(), statement.boundValues())));
            if (distinct.size() > 1) {
                loads.add(new RowByRowLoad(executions.get(0), executions.size(),
                        distinct.stream().map(Values::boundValues).toList()));
            }
        }
        if (loads.isEmpty()) {
            return Optional.empty();
        }
        loads.sort(Comparator.comparingInt(RowByRowLoad::executions).reversed());
        return Optional.of(new CheckFailure(NAME, NPlusOneFound.message(subject, loads), null, null));
    }

    private static boolean candidate(StatementEntry statement) {
        return statement.kind() == StatementKind.SELECT && !statement.batch()
                && !COLLECTION_FETCH.matcher(statement.fingerprint()).find();
    }

    /** A fingerprint run from one place: the full stack if recorded, else the call site (or none). */
    private record Place(String fingerprint, Object location) {
        static Place of(StatementEntry statement) {
            return new Place(statement.fingerprint(),
                    statement.stack().isEmpty() ? statement.callSite() : statement.stack());
        }
    }

    /** The values of one execution: its bound values, and its SQL for values written into the text. */
    private record Values(String sql, List<Object> boundValues) {
    }
}
