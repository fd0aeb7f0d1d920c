package dev.queryguard.check;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds recordings by hand, with the call sites a test chooses, for the pure checks. */
final class Recordings {

    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer(QueryGuardConfig.defaults());

    private final List<RecordedEntry> entries = new ArrayList<>();
    private long notKept;

    static Recordings recording() {
        return new Recordings();
    }

    static CallSite at(String method, int line) {
        return new CallSite("com.example.PackageService", method, "PackageService.java", line);
    }

    /** {@code times} executions of {@code sql}, all from {@code callSite}. */
    Recordings statement(String sql, int times, CallSite callSite) {
        StatementAnalysis analysis = ANALYZER.analyze(sql);
        for (int i = 0; i < times; i++) {
            entries.add(new StatementEntry(analysis, List.of(i), Instant.EPOCH, 0, 0, -1, 0, 1, null, "main", null,
                    callSite, List.of(), 1));
        }
        return this;
    }

    Recordings cached(CacheKind kind, String region, int times, CallSite callSite) {
        for (int i = 0; i < times; i++) {
            entries.add(new CacheEntry(kind, region, "key" + i, Instant.EPOCH, "main", callSite));
        }
        return this;
    }

    /** Statements counted past the cap, without details. */
    Recordings notKept(long count) {
        notKept = count;
        return this;
    }

    Recording build() {
        Map<StatementKind, Long> counts = new EnumMap<>(StatementKind.class);
        entries.stream().filter(StatementEntry.class::isInstance).map(StatementEntry.class::cast)
                .forEach(statement -> counts.merge(statement.kind(), 1L, Long::sum));
        counts.merge(StatementKind.SELECT, notKept, Long::sum);
        long cached = entries.stream().filter(CacheEntry.class::isInstance).count();
        return new Recording(entries, List.of(), counts, cached, 0, 0, 0, notKept, entries.size());
    }
}
