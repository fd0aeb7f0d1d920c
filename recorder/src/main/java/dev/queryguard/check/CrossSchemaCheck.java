package dev.queryguard.check;

import dev.queryguard.check.internal.AllowMarker;
import dev.queryguard.check.internal.CrossSchemaMessage;
import dev.queryguard.config.SchemaGroups;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No statement may join tables of schema groups that may not be mixed (GitLab's {@code PreventCrossJoins} for
 * its main/ci decomposition). A statement passes when it is not cross-schema by its analysis, when it ran inside
 * {@link CrossSchemaJoins#allow} ({@code allowed}), or when its SQL carries
 * {@code /* queryguard:allow-cross-schema <reason> *}{@code /}. Stateless and thread-safe.
 */
public final class CrossSchemaCheck {

    /** The check's name in {@link CheckFailure#check()}. */
    public static final String NAME = "cross-schema";

    /** The ways to allow a crossing that every face offers, for {@code waysToAllow}. */
    public static final List<String> ALLOW_IN_CODE = List.of(
            "CrossSchemaJoins.allow(\"<issue URL>\", () -> ...) around the code",
            "/* queryguard:allow-cross-schema <issue URL> */ in its SQL");

    private CrossSchemaCheck() {
    }

    /**
     * Returns the failure of {@code recording}, or empty when it passes or when no schema group is configured.
     *
     * @param subject    what ran, as the message names it: {@code PackagesApiTests.listsPackages()}
     * @param groups     the groups the recording was analysed with, to explain which of them may not mix
     * @param allowed    executions allowed by the face, e.g. those of {@code CrossSchemaJoins.allow} blocks
     * @param waysToAllow the face's ways to allow a crossing, each a line of the message's last sentence
     */
    public static Optional<CheckFailure> check(String subject, Recording recording, SchemaGroups groups,
                                               AllowedExecutions allowed, List<String> waysToAllow) {
        if (!groups.configured()) {
            return Optional.empty();
        }
        List<StatementEntry> crossings = new ArrayList<>();
        for (StatementEntry statement : recording.statements()) {
            if (statement.analysis().crossSchema() && !allowed.allows(statement) && !marked(statement)) {
                crossings.add(statement);
            }
        }
        if (crossings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CrossSchemaMessage.failure(subject, crossings, groups, recording, waysToAllow));
    }

    private static boolean marked(StatementEntry statement) {
        AllowMarker marker = AllowMarker.in(statement.sql());
        return marker != null && marker.allows();
    }
}
