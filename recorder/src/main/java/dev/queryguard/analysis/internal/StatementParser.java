package dev.queryguard.analysis.internal;

import dev.queryguard.config.QueryGuardConfig;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.statement.Statements;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs JSqlParser on one SQL text with a timeout, and never throws for SQL it cannot read.
 *
 * <p>The parser is called directly rather than through {@code CCJSqlParserUtil.parse}, which hands each parse
 * to an executor thread for its timeout; here the shared {@link ParseTimer} sets the parser's
 * {@code interrupted} flag instead, which JSqlParser checks as it goes. The {@code Statements} production reads
 * every statement of a text ({@code Statement} would silently stop after the first). A text that fails and
 * holds a {@code [} is tried again with SQL Server's bracket quoting, which is off at first because it would
 * break array subscripts. A JDBC call escape ({@code {call p(?)}}, {@code {? = call f(?)}}) is parsed as the
 * {@code CALL} inside it.
 */
public final class StatementParser {

    private static final Pattern JDBC_CALL = Pattern.compile(
            "\\A\\s*\\{\\s*(?:\\?\\s*=\\s*)?(call\\s.*)}\\s*;?\\s*\\z", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final long timeoutMillis;
    private final ParseTimer timer;

    /** Creates a parser whose parses each end after {@code timeoutMillis}, timed by {@code timer}. */
    public StatementParser(long timeoutMillis, ParseTimer timer) {
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("timeoutMillis must be positive: " + timeoutMillis);
        }
        this.timeoutMillis = timeoutMillis;
        this.timer = timer;
    }

    /** Parses {@code sql}; every failure, timeouts and parser errors included, is an outcome with its reason. */
    public ParseOutcome parse(String sql) {
        Matcher call = JDBC_CALL.matcher(sql);
        String text = call.matches() ? call.group(1) : sql;
        ParseOutcome outcome = attempt(text, false);
        if (!outcome.isParsed() && text.indexOf('[') >= 0 && !outcome.error().startsWith("not parsed:")) {
            ParseOutcome bracketed = attempt(text, true);
            if (bracketed.isParsed()) {
                return bracketed;
            }
        }
        return outcome;
    }

    private ParseOutcome attempt(String text, boolean squareBracketQuotes) {
        CCJSqlParser parser = new CCJSqlParser(new StringProvider(text))
                .withSquareBracketQuotation(squareBracketQuotes);
        Runnable disarm = timer.arm(() -> parser.interrupted = true, timeoutMillis);
        try {
            Statements statements = parser.Statements();
            if (parser.interrupted) {
                return timedOut();
            }
            if (statements.isEmpty()) {
                return ParseOutcome.failed("not parsed: no statement");
            }
            return ParseOutcome.parsed(statements);
        } catch (StackOverflowError e) {
            return ParseOutcome.failed("not parsed: nested too deeply for the parser (StackOverflowError)");
        } catch (VirtualMachineError | LinkageError e) {
            throw e;
        } catch (Exception | Error e) {
            // ParseException, TokenMgrException, and the Errors a generated parser may throw
            return parser.interrupted ? timedOut() : ParseOutcome.failed(reason(e));
        } finally {
            disarm.run();
        }
    }

    private ParseOutcome timedOut() {
        return ParseOutcome.failed("not parsed: parsing took longer than "
                + QueryGuardConfig.PARSE_TIMEOUT_MILLIS + "=" + timeoutMillis);
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
