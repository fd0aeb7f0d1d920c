package dev.queryguard.analysis.internal;

import dev.queryguard.analysis.StatementAnalysis;
import dev.queryguard.analysis.StatementKind;
import dev.queryguard.analysis.TableRef;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.config.SchemaGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Analyses one SQL text, the slow path behind the analyzer's cache: fingerprint from the lexer, kind and tables
 * from JSqlParser, and from the leading keyword and the tolerant scan when the parser cannot read the text.
 * Thread-safe; never throws for SQL it cannot read.
 */
public final class StatementAnalyzer {

    private final SchemaGroups groups;
    private final String defaultSchema;
    private final int maxSqlLength;
    private final StatementParser parser;

    /** Creates an analyzer with the groups, length limit and parse timeout of {@code config}. */
    public StatementAnalyzer(QueryGuardConfig config, ParseTimer timer) {
        this.groups = config.schemaGroups();
        this.defaultSchema = groups.defaultSchema().orElse(null);
        this.maxSqlLength = config.maxSqlLength();
        this.parser = new StatementParser(config.parseTimeoutMillis(), timer);
    }

    /** Returns the analysis of {@code sql}, which it keeps as the analysis's text. */
    public StatementAnalysis analyze(String sql) {
        Objects.requireNonNull(sql, "sql must not be null");
        List<SqlToken> tokens = SqlLexer.tokenize(sql);
        String fingerprint = Fingerprint.of(tokens);
        if (tokens.isEmpty()) {
            return build(sql, StatementKind.OTHER, "not parsed: empty statement", fingerprint, TouchedTables.NONE);
        }
        if (sql.length() > maxSqlLength) {
            String error = "not parsed: " + sql.length() + " characters, over "
                    + QueryGuardConfig.MAX_SQL_LENGTH + "=" + maxSqlLength;
            return build(sql, LeadingKeyword.kindOf(tokens), error, fingerprint, scan(tokens));
        }
        ParseOutcome outcome = parser.parse(sql);
        if (!outcome.isParsed()) {
            return build(sql, LeadingKeyword.kindOf(tokens), outcome.error(), fingerprint, scan(tokens));
        }
        StatementKind kind = StatementKinds.kindOf(outcome.statements().get(0));
        return build(sql, kind, null, fingerprint, collect(outcome, tokens));
    }

    private TouchedTables collect(ParseOutcome outcome, List<SqlToken> tokens) {
        try {
            return TableCollector.collect(outcome.statements(), defaultSchema);
        } catch (RuntimeException | StackOverflowError e) {
            // TablesNamesFinder rejects some statements (CALL, SET...) and may overflow on deep trees: the scan
            // still reads them
            return scan(tokens);
        }
    }

    private TouchedTables scan(List<SqlToken> tokens) {
        return TableScanner.scan(tokens, defaultSchema);
    }

    private StatementAnalysis build(String sql, StatementKind kind, String error, String fingerprint,
            TouchedTables touched) {
        List<TableRef> tables = new ArrayList<>(touched.tables().size());
        TreeSet<String> groupNames = new TreeSet<>();
        for (String table : touched.tables()) {
            String group = groups.groupOf(table);
            tables.add(new TableRef(table, group));
            if (group != null) {
                groupNames.add(group);
            }
        }
        return new StatementAnalysis(sql, kind, error == null, error, fingerprint, tables, touched.joins(),
                List.copyOf(groupNames), CrossSchemaVerdict.crossSchema(tables, groups));
    }
}
