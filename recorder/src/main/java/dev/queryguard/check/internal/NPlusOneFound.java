package dev.queryguard.check.internal;

import dev.queryguard.check.SqlText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The message of an N+1 found without a test asking:
 * <pre>
 * Expected PackagesTests.listsPackages() not to load rows one statement at a time (N+1),
 * but 1 statement ran again and again from the same place with other values:
 *   6 × select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
 *       values [11], [12], [13], [14], [15], ... (6 distinct)
 *       at PackageService.java:57 (PackageService.pipelinesOf)
 * Load them in one statement instead: a batch fetch (@BatchSize), an IN (...) list or a join (JOIN FETCH).
 * </pre>
 */
public final class NPlusOneFound {

    /** Distinct values shown per statement. */
    static final int VALUES_SHOWN = 5;

    private NPlusOneFound() {
    }

    public static String message(String subject, List<RowByRowLoad> loads) {
        StringBuilder message = new StringBuilder("Expected ").append(subject)
                .append(" not to load rows one statement at a time (N+1),\nbut ")
                .append(loads.size() == 1 ? "1 statement" : loads.size() + " statements")
                .append(" ran again and again from the same place with other values:");
        int width = loads.stream().mapToInt(load -> Integer.toString(load.executions()).length()).max().orElse(1);
        String continuation = " ".repeat(2 + width + 3);
        for (RowByRowLoad load : loads.subList(0, Math.min(loads.size(), ShapeList.MAX_SHAPES))) {
            String count = Integer.toString(load.executions());
            message.append("\n  ").append(" ".repeat(width - count.length())).append(count).append(" × ")
                    .append(SqlText.shorten(load.first().fingerprint()))
                    .append('\n').append(continuation).append(values(load.distinctValues()))
                    .append('\n').append(continuation).append("at ").append(SqlText.at(load.first().callSite()))
                    .append(load.comparedStacks() ? ", the same call stack each time" : "");
        }
        if (loads.size() > ShapeList.MAX_SHAPES) {
            message.append("\n  ... and ").append(loads.size() - ShapeList.MAX_SHAPES).append(" more statements");
        }
        return message.append("\nLoad them in one statement instead: a batch fetch (@BatchSize), an IN (...) list"
                + " or a join (JOIN FETCH).").toString();
    }

    private static String values(List<List<Object>> distinct) {
        if (distinct.stream().allMatch(List::isEmpty)) {
            return "values written into the SQL, " + distinct.size() + " distinct texts";
        }
        String shown = distinct.stream().limit(VALUES_SHOWN).map(EntryText::values)
                .collect(Collectors.joining(", "));
        return "values " + shown + (distinct.size() > VALUES_SHOWN ? ", ... (" + distinct.size() + " distinct)" : "");
    }
}
