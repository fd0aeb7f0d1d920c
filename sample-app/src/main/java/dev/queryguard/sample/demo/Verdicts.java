package dev.queryguard.sample.demo;

import dev.queryguard.QueryGuard;
import dev.queryguard.check.AllowedExecutions;
import dev.queryguard.check.CheckFailure;
import dev.queryguard.check.CrossSchemaCheck;
import dev.queryguard.check.ExternalCallsInTransaction;
import dev.queryguard.check.GrowingStatement;
import dev.queryguard.check.ScalingComparison;
import dev.queryguard.check.SqlText;
import dev.queryguard.recording.ExternalCallEntry;
import dev.queryguard.recording.OpenTransaction;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges one variant's recordings with QueryGuard's own checks: {@link ScalingComparison} (N+1 growth),
 * {@link CrossSchemaCheck} and {@link ExternalCallsInTransaction}, then the scenario's reading beyond them.
 * Each problem names the first offending statement and its call site.
 */
final class Verdicts {

    private static final Pattern SELECT_LIST = Pattern.compile("^select (?!\\.\\.\\. from ).+? from ");

    private Verdicts() {
    }

    static List<DemoProblem> judge(DemoScenario scenario, String subject, ScalingComparison comparison,
                                   SortedMap<Integer, Recording> recordings, SortedMap<Integer, DemoAnswer> answers) {
        List<DemoProblem> problems = new ArrayList<>();
        comparison.failure(subject).ifPresent(failure -> problems.add(growth(comparison, failure)));
        firstFailure(recordings, recording -> CrossSchemaCheck.check(subject, recording,
                QueryGuard.config().schemaGroups(), AllowedExecutions.none(), CrossSchemaCheck.ALLOW_IN_CODE))
                .ifPresent(found -> problems.add(crossSchema(found.recording(), found.failure())));
        firstFailure(recordings, recording -> ExternalCallsInTransaction.check(subject, recording, null))
                .ifPresent(found -> problems.add(externalCall(found.recording(), found.failure())));
        int largest = recordings.lastKey();
        scenario.beyondChecks(subject, largest, recordings.get(largest), answers.get(largest)).ifPresent(problems::add);
        return problems;
    }

    private static DemoProblem growth(ScalingComparison comparison, CheckFailure failure) {
        GrowingStatement first = comparison.growing().get(0);
        String counts = first.counts().entrySet().stream()
                .map(count -> count.getValue() + (count.getValue() == 1 ? " time" : " times") + " at " + count.getKey())
                .collect(Collectors.joining(", "));
        return new DemoProblem(ScalingComparison.CHECK, "N+1: statements grow with the items ("
                + comparison.growing().size() + (comparison.growing().size() == 1 ? " statement grows)"
                : " statements grow)"), brief(first.text()), SqlText.at(first.firstCallSite()),
                "ran " + counts, failure.message());
    }

    private static DemoProblem crossSchema(Recording recording, CheckFailure failure) {
        StatementEntry first = recording.statements().stream().filter(statement -> statement.analysis().crossSchema())
                .findFirst().orElseThrow();
        return new DemoProblem(CrossSchemaCheck.NAME, "cross-schema join of groups "
                + String.join(" and ", first.analysis().groups()), brief(first.fingerprint()),
                SqlText.at(first.callSite()), "", failure.message());
    }

    private static DemoProblem externalCall(Recording recording, CheckFailure failure) {
        ExternalCallEntry call = ExternalCallsInTransaction.violations(recording).get(0);
        OpenTransaction transaction = call.transactionsBegunInRecording().get(0);
        String context = "inside the transaction begun at " + SqlText.at(transaction.beganAt())
                + (transaction.statements().isEmpty() ? ""
                : "\nwhose first statement was " + brief(transaction.statements().get(0).fingerprint()));
        return new DemoProblem(ExternalCallsInTransaction.NAME, "external call inside a transaction",
                (call.kind().equals(ExternalCallEntry.HTTP) ? "called " : "called " + call.kind() + ": ")
                        + call.target(), SqlText.at(call.callSite()), context, failure.message());
    }

    /**
     * A statement as the report's one line shows it: the select list, which is the same for every variant and
     * long, reads {@code ...}, so that the FROM, WHERE and ORDER BY that tell variants apart fit.
     */
    static String brief(String fingerprint) {
        return SqlText.shorten(SELECT_LIST.matcher(fingerprint).replaceFirst("select ... from "));
    }

    private interface Check {
        Optional<CheckFailure> apply(Recording recording);
    }

    private record Found(Recording recording, CheckFailure failure) {
    }

    /** The first failure, trying the scales from the largest down. */
    private static Optional<Found> firstFailure(SortedMap<Integer, Recording> recordings, Check check) {
        List<Map.Entry<Integer, Recording>> scales = new ArrayList<>(recordings.entrySet());
        for (int i = scales.size() - 1; i >= 0; i--) {
            Recording recording = scales.get(i).getValue();
            Optional<CheckFailure> failure = check.apply(recording);
            if (failure.isPresent()) {
                return Optional.of(new Found(recording, failure.get()));
            }
        }
        return Optional.empty();
    }
}
