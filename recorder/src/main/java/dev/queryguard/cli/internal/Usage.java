package dev.queryguard.cli.internal;

/** The texts that tell how to call the command line tool. */
public final class Usage {

    /** The one-line synopsis printed after every usage error. */
    public static final String LINE =
            "usage: java -jar queryguard-cli.jar analyze [--config FILE] [--lines] [--fail-on-cross-schema] [FILE|-]";

    /** What {@code --help} prints. */
    public static final String HELP = LINE + """


            Analyses SQL statements and prints one JSON object per statement (NDJSON) with the fields
            line, sql, kind, parsed, error, fingerprint, tables, joins, groups and crossSchema.

            Input is FILE, or standard input when FILE is - or absent, read as UTF-8: SQL statements separated
            by ; (quotes, comments and dollar quotes respected). A p6spy log (spy.log in its default
            single-line format) is recognized by itself; its statement and batch lines are analysed.

            Options:
              --config FILE            read settings, such as schema groups, from a queryguard.properties file
              --lines                  take each non-blank line as one statement instead of splitting at ;
              --fail-on-cross-schema   exit with 1 when a statement mixes schema groups
              --help                   print this help

            Exit status: 0 done, 1 a statement crosses schema groups (with --fail-on-cross-schema),
            2 bad usage, unreadable input or a bad configuration file.
            """;

    private Usage() {
    }
}
