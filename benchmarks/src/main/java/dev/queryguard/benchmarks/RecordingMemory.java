package dev.queryguard.benchmarks;

import dev.queryguard.QueryGuard;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.recording.Recording;
import dev.queryguard.recording.RecordingScope;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The heap one recorded statement keeps, measured outside JMH because JMH measures time and allocation, not what
 * stays reachable. Records {@code N} executions of {@link ItemTable#FIND_BY_ID} on H2 (a different id each time,
 * the text shared) into one scope, and compares the heap in use after full collections before the scope opened,
 * while it is still open (the captures) and after it stopped with its {@link Recording} held (the entries).
 *
 * <p>Run it with the default configuration ({@code queryguard.*} system properties apply) and a cap of at
 * least {@code N}, e.g. {@code java -Xmx512m -Dqueryguard.maxEntries=1000000 -cp benchmarks/target/benchmarks.jar
 * dev.queryguard.benchmarks.RecordingMemory 1000000}. It fails when the scope did not keep every statement.
 */
public final class RecordingMemory {

    private static final int WARM_UP = 20_000;

    private RecordingMemory() {
    }

    public static void main(String[] args) throws SQLException {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        // The defaults and the queryguard.* system properties: not a queryguard.properties that a module shaded
        // into benchmarks.jar (the sample app's) brings along.
        Map<String, String> overrides = new HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("queryguard."))
                .forEach(key -> overrides.put(key, System.getProperty(key)));
        QueryGuardConfig config = QueryGuardConfig.fromProperties(overrides, "system properties");
        if (config.maxEntries() < statements) {
            throw new IllegalArgumentException("Expected queryguard.maxEntries of at least " + statements
                    + " so the scope keeps every statement, but it is " + config.maxEntries());
        }
        QueryGuard.configure(config);
        DataSource dataSource = QueryGuard.wrap(ItemTable.on("h2").rawDataSource());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement findById = connection.prepareStatement(ItemTable.FIND_BY_ID)) {
            // Loads the classes, fills the analyzer's cache and the call-site memo, compiles the hot path.
            RecordingScope warmUp = QueryGuard.start();
            run(findById, WARM_UP);
            warmUp.stop();

            long before = usedAfterFullCollections();
            RecordingScope scope = QueryGuard.start();
            long started = System.nanoTime();
            run(findById, statements);
            long elapsed = System.nanoTime() - started;
            long whileOpen = usedAfterFullCollections();
            Recording recording = scope.stop();
            scope = null;
            long afterStop = usedAfterFullCollections();
            if (recording.statements().size() != statements) {
                throw new IllegalStateException("Expected the recording to keep " + statements
                        + " statements, but it kept " + recording.statements().size() + ": " + recording);
            }
            System.out.printf("statements: %,d (call sites %s, maxEntries %,d), recorded in %,d ms%n",
                    statements, config.callSites() ? "on" : "off", config.maxEntries(), elapsed / 1_000_000);
            System.out.printf("heap before: %,d B; scope open: %,d B (%,.1f B/statement);"
                            + " recording held after stop: %,d B (%,.1f B/statement)%n",
                    before, whileOpen, (whileOpen - before) / (double) statements,
                    afterStop, (afterStop - before) / (double) statements);
            // The sum of each pool's peak bounds the peak from above: the pools peak at different moments.
            System.out.printf("heap committed: %,d B of max %,d B; sum of the heap pools' peaks: %,d B%n",
                    Runtime.getRuntime().totalMemory(), Runtime.getRuntime().maxMemory(), sumOfPoolPeaks());
            Reference.reachabilityFence(recording);
        }
    }

    private static void run(PreparedStatement findById, int statements) throws SQLException {
        for (int i = 0; i < statements; i++) {
            findById.setLong(1, i % ItemTable.ROWS + 1);
            try (ResultSet row = findById.executeQuery()) {
                while (row.next()) {
                    row.getString(3);
                }
            }
        }
    }

    private static long usedAfterFullCollections() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        // Several collections: finalizable and weakly reachable objects need more than one to go.
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static long sumOfPoolPeaks() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
