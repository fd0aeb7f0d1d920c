package dev.queryguard.junit.internal;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.records.QueryRecord;
import dev.queryguard.records.RecordLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes sections into one record file, as a test JVM does: {@link RecordStoreTests} runs it in other JVMs, like
 * Surefire forks. Arguments: the file, a prefix for the section names, how many sections. It says {@code ready}
 * and waits for a line on its input, so that all writers start together.
 */
public final class RecordWriter {

    private RecordWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        write(file, args[1], Integer.parseInt(args[2]));
    }

    /** Writes sections {@code <prefix>-1()} to {@code <prefix>-<count>()}, section {@code i} counting {@code i}. */
    static void write(Path file, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            RecordStore.write(file, file.toString(), section(prefix, i), record(prefix, i), List.of("header"));
        }
    }

    static String section(String prefix, int i) {
        return prefix + "-" + i + "()";
    }

    static QueryRecord record(String prefix, int i) {
        return new QueryRecord(List.of(RecordLine.statement(StatementKind.SELECT, "select * from " + prefix, i)));
    }
}
