package dev.queryguard.records;

import dev.queryguard.analysis.StatementKind;
import dev.queryguard.recording.CacheKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordFormatTests {

    private static final String LONG_FINGERPRINT = "select p1_0.id, p1_0.name, p1_0.version, p1_0.created_at, "
            + "p1_0.updated_at, p1_0.project_id, p1_0.package_type, p1_0.status from packages_packages p1_0 "
            + "join ci.ci_pipelines p2_0 on p2_0.id=p1_0.pipeline_id where p1_0.project_id=? and p1_0.status in (...) "
            + "order by p1_0.created_at desc limit ?";

    private static final String FILE = """
            # QueryGuard query records of dev.example.PackagesApiTests.
            # Second comment line.

            [listsPackages()]
            TRANSACTION  x1  begin
            INSERT  x1  insert into audit_events(id, action) values (?, ?)
            SELECT  x1  %s
            SELECT  x6  select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?
            CACHED  x2  ENTITY dev.example.Project
            CACHED  x1  QUERY

            [noStatements()]

            [showsPackage(String[])]
            DDL     x1  create table t(id int)
            """.formatted(LONG_FINGERPRINT);

    private static final List<String> HEADER = List.of(
            "QueryGuard query records of dev.example.PackagesApiTests.", "Second comment line.");

    @Test
    void printsSectionsByNameAndLinesByFingerprintThenCacheLoads() {
        Map<String, QueryRecord> sections = new TreeMap<>();
        sections.put("showsPackage(String[])", new QueryRecord(List.of(
                RecordLine.statement(StatementKind.DDL, "create table t(id int)", 1))));
        sections.put("noStatements()", QueryRecord.empty());
        sections.put("listsPackages()", new QueryRecord(List.of(
                RecordLine.cached(CacheKind.ENTITY, "dev.example.Project", 2),
                RecordLine.statement(StatementKind.SELECT,
                        "select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?", 6),
                RecordLine.statement(StatementKind.TRANSACTION, "begin", 1),
                RecordLine.cached(CacheKind.QUERY, null, 1),
                RecordLine.statement(StatementKind.SELECT, LONG_FINGERPRINT, 1),
                RecordLine.statement(StatementKind.INSERT, "insert into audit_events(id, action) values (?, ?)",
                        1))));

        assertThat(RecordFormat.print(new RecordFile(new TreeMap<>(sections)), HEADER)).isEqualTo(FILE);
    }

    @Test
    void readsWhatItPrints() {
        RecordFile file = RecordFormat.parse(FILE, "PackagesApiTests.queryguard.txt");

        assertThat(file.sections()).containsOnlyKeys("listsPackages()", "noStatements()", "showsPackage(String[])");
        assertThat(file.section("listsPackages()").orElseThrow().lines()).containsExactly(
                new RecordLine("TRANSACTION", "begin", 1),
                new RecordLine("INSERT", "insert into audit_events(id, action) values (?, ?)", 1),
                new RecordLine("SELECT", LONG_FINGERPRINT, 1),
                new RecordLine("SELECT", "select p1_0.id, p1_0.sha from ci.ci_pipelines p1_0 where p1_0.id=?", 6),
                new RecordLine("CACHED", "ENTITY dev.example.Project", 2),
                new RecordLine("CACHED", "QUERY", 1));
        assertThat(file.section("noStatements()")).contains(QueryRecord.empty());
        assertThat(RecordFormat.print(file, HEADER)).isEqualTo(FILE);
    }

    @Test
    void acceptsWindowsLineEndsAndLooseSpacing() {
        RecordFile file = RecordFormat.parse("[a()]\r\n  SELECT x12\tselect  1  \r\n", "f");

        assertThat(file.section("a()").orElseThrow().lines())
                .containsExactly(new RecordLine("SELECT", "select 1", 12));
    }

    @Test
    void keepsEachLineOnOneLineWhateverTheFingerprint() {
        RecordLine line = RecordLine.statement(StatementKind.SELECT, "select \"a\n b\"\r\nfrom t ", 1);

        assertThat(RecordFormat.line(line)).isEqualTo("SELECT  x1  select \"a b\" from t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SELECT  x1  select 1                  | 1 | a record line before any section: put it under its test's header, like '[listsPackages()]'
            [a()]\\nSELEKT  x1  select 1          | 2 | unknown kind 'SELEKT' (expected one of SELECT, INSERT, UPDATE, DELETE, MERGE, DDL, CALL, TRANSACTION, OTHER, CACHED)
            [a()]\\nselect 1                      | 2 | expected '<KIND>  x<count>  <fingerprint>' or a '[test()]' header, was 'select 1'
            [a()]\\nSELECT  6  select 1           | 2 | the count after SELECT must read x<number> with a positive number, was '6'
            [a()]\\nSELECT  x0  select 1          | 2 | the count after SELECT must read x<number> with a positive number, was 'x0'
            [a()]\\nSELECT                        | 2 | the count after SELECT must read x<number> with a positive number, was ''
            [a()]\\nCACHED  x1  ENTITIES Project  | 2 | unknown cache kind 'ENTITIES' (expected one of ENTITY, COLLECTION, QUERY, NATURAL_ID)
            [a()\\nSELECT  x1  select 1           | 1 | a section header must end with ']': '[a()'
            []                                    | 1 | a section header needs the test's name: '[listsPackages()]'
            [a()]\\n\\n[b()]\\n[a()]              | 4 | section [a()] appears twice (first at line 1)
            [a()]\\nSELECT x1 select 1\\nSELECT x2 select  1 | 3 | 'SELECT  select 1' appears twice in section [a()] (first at line 2)
            [a()]\\n<<<<<<< HEAD\\nSELECT x1 select 1 | 2 | an unresolved merge conflict ('<<<<<<<'): keep one side, or delete the section and record the test again
            """)
    void namesTheFileAndLineOfABrokenRecord(String text, int line, String problem) {
        assertThatThrownBy(() -> RecordFormat.parse(text.replace("\\n", "\n"), "queryguard/Tests.queryguard.txt"))
                .isInstanceOfSatisfying(RecordFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("queryguard/Tests.queryguard.txt");
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessage("queryguard/Tests.queryguard.txt line " + line + ": " + problem);
    }

    @Test
    void refusesSectionNamesThatWouldNotReadBack() {
        assertThatThrownBy(() -> RecordFile.empty().with(" a()", QueryRecord.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("section name must be one line without surrounding white space: ' a()'");
    }
}
