package dev.queryguard.records;

import dev.queryguard.analysis.SqlAnalyzer;
import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.check.CheckFailure;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.CacheEntry;
import dev.queryguard.recording.CacheKind;
import dev.queryguard.recording.CallSite;
import dev.queryguard.recording.RecordedEntry;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.StatementEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Records built from recordings and compared with them, on hand-built recordings with chosen call sites. */
class QueryRecordCheckTests {

    private static final SqlAnalyzer ANALYZER = new SqlAnalyzer(QueryGuardConfig.defaults());
    private static final String PIPELINE = "select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?";
    private static final String PACKAGES = "select p1_0.id from packages_packages p1_0 where p1_0.project_id=?";
    private static final String AUDIT = "insert into audit_events (id, action) values (?, ?)";
    private static final String TAGS = "select t1_0.id from packages_tags t1_0 where t1_0.package_id=?";
    private static final String LOCATION = "queryguard/dev.example.PackagesApiTests.queryguard.txt [listsPackages()]";

    private final List<RecordedEntry> entries = new ArrayList<>();

    @Test
    void recordsEachFingerprintWithItsKindAndCountAndCacheLoadsByKindAndRegion() {
        run(PIPELINE, 3, at("pipelinesOf", 57));
        run("SELECT p1_0.id FROM packages_packages p1_0 WHERE p1_0.project_id=7", 1, at("list", 20));
        run(AUDIT, 1, at("write", 31));
        cached(CacheKind.ENTITY, "dev.example.Project", 2);

        assertThat(RecordFormat.lines(QueryRecord.of(recording()))).isEqualTo("""
                INSERT  x1  insert into audit_events (id, action) values (?, ?)
                SELECT  x1  select p1_0.id from packages_packages p1_0 where p1_0.project_id=?
                SELECT  x3  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
                CACHED  x2  ENTITY dev.example.Project""");
    }

    @Test
    void failsWithADiffOfTheRecordWhenTheTestRunsMore() {
        QueryRecord record = record(line(PIPELINE, 1), line(PACKAGES, 1), line(TAGS, 1));
        run(PACKAGES, 1, at("list", 20));
        run(PIPELINE, 6, at("pipelinesOf", 57));
        run(AUDIT, 1, at("write", 31));

        CheckFailure failure = QueryRecordCheck.check("PackagesApiTests.listsPackages()", LOCATION,
                RecordDiff.between(record, recording()), false).orElseThrow();

        assertThat(failure.message()).isEqualTo("""
                Expected PackagesApiTests.listsPackages() to run no more statements than its query record
                  queryguard/dev.example.PackagesApiTests.queryguard.txt [listsPackages()]
                but it ran 8 statements where the record has 3; by fingerprint:
                  + INSERT  insert into audit_events (id, action) values (?, ?)
                      expected 0, got 1, at PackageService.java:31 (PackageService.write)
                  ~ SELECT  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
                      expected 1, got 6, first at PackageService.java:57 (PackageService.pipelinesOf)
                  - SELECT  select t1_0.id from packages_tags t1_0 where t1_0.package_id=?
                      expected 1, got 0""");
        assertThat(failure.check()).isEqualTo("query-record");
        assertThat(failure.expected()).isEqualTo("""
                SELECT  x1  select p1_0.id from packages_packages p1_0 where p1_0.project_id=?
                SELECT  x1  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
                SELECT  x1  select t1_0.id from packages_tags t1_0 where t1_0.package_id=?""");
        assertThat(failure.actual()).isEqualTo("""
                INSERT  x1  insert into audit_events (id, action) values (?, ?)
                SELECT  x1  select p1_0.id from packages_packages p1_0 where p1_0.project_id=?
                SELECT  x6  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?""");
    }

    @Test
    void failsPerFingerprintEvenWhenTheTotalStaysTheSame() {
        QueryRecord record = record(line(PIPELINE, 2), line(PACKAGES, 1));
        run(PIPELINE, 1, at("pipelinesOf", 57));
        run(PACKAGES, 2, at("list", 20));

        assertThat(QueryRecordCheck.check("t()", "f [t()]", RecordDiff.between(record, recording()), false))
                .get().extracting(CheckFailure::message).asString()
                .contains("but it ran 3 statements where the record has 3; by fingerprint:\n"
                        + "  ~ SELECT  select p1_0.id from packages_packages p1_0 where p1_0.project_id=?\n"
                        + "      expected 1, got 2, first at PackageService.java:20 (PackageService.list)\n"
                        + "  ~ SELECT  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?\n"
                        + "      expected 2, got 1, at PackageService.java:57 (PackageService.pipelinesOf)");
    }

    @Test
    void passesFewerStatementsUnlessStrict() {
        QueryRecord record = record(line(PIPELINE, 6), line(TAGS, 1));
        run(PIPELINE, 1, at("pipelinesOf", 57));
        RecordDiff diff = RecordDiff.between(record, recording());

        assertThat(diff.onlyShrank()).isTrue();
        assertThat(QueryRecordCheck.check("t()", LOCATION, diff, false)).isEmpty();
        assertThat(QueryRecordCheck.check("PackagesApiTests.listsPackages()", LOCATION, diff, true)).get()
                .extracting(CheckFailure::message).isEqualTo("""
                        Expected PackagesApiTests.listsPackages() to run exactly the statements of its query record
                          queryguard/dev.example.PackagesApiTests.queryguard.txt [listsPackages()]
                        but it ran 1 statement where the record has 7; by fingerprint:
                          ~ SELECT  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
                              expected 6, got 1, at PackageService.java:57 (PackageService.pipelinesOf)
                          - SELECT  select t1_0.id from packages_tags t1_0 where t1_0.package_id=?
                              expected 1, got 0""");
    }

    @Test
    void passesTheSameStatementsEvenStrict() {
        QueryRecord record = record(line(PIPELINE, 2));
        run(PIPELINE, 2, null);
        RecordDiff diff = RecordDiff.between(record, recording());

        assertThat(diff.same()).isTrue();
        assertThat(QueryRecordCheck.check("t()", LOCATION, diff, true)).isEmpty();
    }

    @Test
    void countsCacheLoadsAndSaysSo() {
        QueryRecord record = record(new RecordLine("CACHED", "ENTITY dev.example.Project", 1));
        cached(CacheKind.ENTITY, "dev.example.Project", 3);

        assertThat(QueryRecordCheck.check("t()", "f [t()]", RecordDiff.between(record, recording()), false))
                .get().extracting(CheckFailure::message).asString()
                .endsWith("but it ran 3 statements and cache loads where the record has 1; by fingerprint:\n"
                        + "  ~ CACHED  ENTITY dev.example.Project\n"
                        + "      expected 1, got 3, first at PackageService.java:12 (PackageService.find)");
    }

    @Test
    void saysWhenCallSitesAreNotRecorded() {
        run(PIPELINE, 1, null);

        assertThat(QueryRecordCheck.check("t()", "f [t()]", RecordDiff.between(QueryRecord.empty(), recording()),
                false)).get().extracting(CheckFailure::message).asString()
                .endsWith("expected 0, got 1, at (call site not recorded: queryguard.callSites=false)");
    }

    private static CallSite at(String method, int line) {
        return new CallSite("com.example.PackageService", method, "PackageService.java", line);
    }

    private static RecordLine line(String fingerprint, long count) {
        return RecordLine.statement(StatementKind.SELECT, fingerprint, count);
    }

    private static QueryRecord record(RecordLine... lines) {
        return new QueryRecord(List.of(lines));
    }

    private void run(String sql, int times, CallSite callSite) {
        StatementAnalysis analysis = ANALYZER.analyze(sql);
        for (int i = 0; i < times; i++) {
            entries.add(new StatementEntry(analysis, List.of(i), Instant.EPOCH, 0, 0, -1, 0, 1, null, "main", null,
                    callSite, List.of(), 1));
        }
    }

    private void cached(CacheKind kind, String region, int times) {
        for (int i = 0; i < times; i++) {
            entries.add(new CacheEntry(kind, region, "Project#" + i, Instant.EPOCH, "main", at("find", 12)));
        }
    }

    private Recording recording() {
        Map<StatementKind, Long> counts = new EnumMap<>(StatementKind.class);
        entries.stream().filter(StatementEntry.class::isInstance).map(StatementEntry.class::cast)
                .forEach(statement -> counts.merge(statement.kind(), 1L, Long::sum));
        long cached = entries.stream().filter(CacheEntry.class::isInstance).count();
        return new Recording(entries, List.of(), counts, cached, 0, 0, 0, 0, entries.size());
    }
}
