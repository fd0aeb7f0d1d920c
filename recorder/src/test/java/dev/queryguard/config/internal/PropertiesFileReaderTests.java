package dev.queryguard.config.internal;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PropertiesFileReaderTests {

    @Test
    void readsBothSeparatorsAndSkipsCommentsAndBlankLines() throws IOException {
        List<ConfigEntry> entries = read("""
                # a comment
                   ! another comment

                a=1
                  b : two words\s\s
                c:
                d = x=y:z
                """);

        assertThat(entries).containsExactly(
                new ConfigEntry("a", "1", "test.properties", 4),
                new ConfigEntry("b", "two words", "test.properties", 5),
                new ConfigEntry("c", "", "test.properties", 6),
                new ConfigEntry("d", "x=y:z", "test.properties", 7));
    }

    @Test
    void joinsContinuedLinesAndKeepsTheFirstLineNumber() throws IOException {
        List<ConfigEntry> entries = read("""
                list = a, \\
                       b, \\
                       c
                next=1
                """);

        assertThat(entries).containsExactly(
                new ConfigEntry("list", "a, b, c", "test.properties", 1),
                new ConfigEntry("next", "1", "test.properties", 4));
    }

    @Test
    void aDoubledBackslashDoesNotContinueTheLine() throws IOException {
        List<ConfigEntry> entries = read("path=c:\\\\\nnext=1\n");

        assertThat(entries).containsExactly(
                new ConfigEntry("path", "c:\\", "test.properties", 1),
                new ConfigEntry("next", "1", "test.properties", 2));
    }

    @Test
    void unescapesKeysAndValues() throws IOException {
        List<ConfigEntry> entries = read("a\\=b=tab\\there\\u0021 \\# \\:\n");

        assertThat(entries).containsExactly(new ConfigEntry("a=b", "tab\there! # :", "test.properties", 1));
    }

    @Test
    void ignoresAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFqueryguard.stacks=true\n"))
                .containsExactly(new ConfigEntry("queryguard.stacks", "true", "test.properties", 1));
    }

    @Test
    void aContinuationAtTheEndOfTheFileEndsTheValue() throws IOException {
        assertThat(read("a=1\\")).containsExactly(new ConfigEntry("a", "1", "test.properties", 1));
    }

    private static List<ConfigEntry> read(String text) throws IOException {
        return PropertiesFileReader.read(new BufferedReader(new StringReader(text)), "test.properties");
    }
}
