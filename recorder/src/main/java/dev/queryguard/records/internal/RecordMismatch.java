package dev.queryguard.records.internal;

import dev.queryguard.check.SqlText;
import dev.queryguard.check.internal.ShapeList;
import dev.queryguard.records.RecordChange;
import dev.queryguard.records.RecordDiff;
import dev.queryguard.records.RecordFormat;

import java.util.List;

/**
 * The message of a test that broke its query record, a diff of the record:
 * <pre>
 * Expected PackagesApiTests.listsPackages() to run no more statements than its query record
 *   src/test/resources/queryguard/dev.example.PackagesApiTests.queryguard.txt [listsPackages()]
 * but it ran 8 statements where the record has 3; by fingerprint:
 *   ~ SELECT  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
 *       expected 1, got 6, first at PackageService.java:57 (PackageService.pipelinesOf)
 *   + INSERT  insert into audit_events (id, action) values (?, ?)
 *       expected 0, got 1, at AuditLog.java:31 (AuditLog.write)
 *   - SELECT  select p1_0.id from packages_tags p1_0 where p1_0.package_id=?
 *       expected 1, got 0
 * </pre>
 */
public final class RecordMismatch {

    private RecordMismatch() {
    }

    public static String message(String subject, String location, RecordDiff diff, boolean strict) {
        boolean cacheLoads = diff.record().hasCacheLoads() || diff.actual().hasCacheLoads();
        StringBuilder message = new StringBuilder("Expected ").append(subject)
                .append(strict ? " to run exactly the statements of its query record"
                        : " to run no more statements than its query record")
                .append("\n  ").append(location)
                .append("\nbut it ran ").append(counted(diff.actual().total(), cacheLoads))
                .append(" where the record has ").append(diff.record().total()).append("; by fingerprint:");
        List<RecordChange> changes = diff.changes();
        for (RecordChange change : changes.subList(0, Math.min(changes.size(), ShapeList.MAX_SHAPES))) {
            message.append("\n  ").append(change.mark()).append(' ')
                    .append(RecordFormat.shape(change.label(), SqlText.shorten(change.text())))
                    .append("\n      expected ").append(change.expected()).append(", got ").append(change.got());
            if (change.got() > 0) {
                message.append(change.got() > 1 ? ", first at " : ", at ").append(SqlText.at(change.firstAt()));
            }
        }
        if (changes.size() > ShapeList.MAX_SHAPES) {
            message.append("\n  ... and ").append(changes.size() - ShapeList.MAX_SHAPES).append(" more changed lines");
        }
        return message.toString();
    }

    /** {@code 1 statement}, {@code 8 statements}, {@code 3 statements and cache loads}. */
    public static String counted(long count, boolean cacheLoads) {
        if (cacheLoads) {
            return count + (count == 1 ? " statement or cache load" : " statements and cache loads");
        }
        return count + (count == 1 ? " statement" : " statements");
    }
}
