package dev.queryguard.config;

import dev.queryguard.config.SchemaGroups.UnmappedPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryGuardConfigTests {

    @TempDir
    Path dir;

    @Test
    void defaultsAreTheDocumentedValues() {
        QueryGuardConfig config = QueryGuardConfig.defaults();

        assertThat(config.callSites()).isTrue();
        assertThat(config.stacks()).isFalse();
        assertThat(config.maxEntries()).isEqualTo(100_000);
        assertThat(config.p6spyLogging()).isFalse();
        assertThat(config.analysisCacheSize()).isEqualTo(10_000);
        assertThat(config.maxSqlLength()).isEqualTo(100_000);
        assertThat(config.parseTimeoutMillis()).isEqualTo(5_000);
        assertThat(config.callSiteExcludes()).startsWith("java.", "javax.").contains("dev.queryguard.", "com.p6spy.");
        assertThat(config.schemaGroups().configured()).isFalse();
        assertThat(config.schemaGroups().defaultSchema()).isEmpty();
        assertThat(config.schemaGroups().unmappedPolicy()).isEqualTo(UnmappedPolicy.FAIL);
        assertThat(config.source()).isEqualTo("defaults");
    }

    @Test
    void readsTheMainAndCiExampleFile() {
        Path file = exampleFile();

        QueryGuardConfig config = QueryGuardConfig.load(file);

        assertThat(config.source()).isEqualTo(file.toString());
        assertThat(config.maxEntries()).isEqualTo(50_000);
        assertThat(config.analysisCacheSize()).isEqualTo(2_000);
        assertThat(config.maxSqlLength()).isEqualTo(100_000);
        assertThat(config.callSiteExcludes())
                .endsWith("org.apache.maven.surefire.", "com.example.db.", "com.example.jdbc.");
        SchemaGroups groups = config.schemaGroups();
        assertThat(groups.groups()).containsExactly("main", "ci", "gitlab_shared");
        assertThat(groups.joinAnyGroups()).containsExactly("gitlab_shared");
        assertThat(groups.defaultSchema()).contains("public");
        assertThat(groups.unmappedPolicy()).isEqualTo(UnmappedPolicy.FAIL);
        assertThat(groups.groupOf("main.packages")).isEqualTo("main");
        assertThat(groups.groupOf("public.packages_package_files")).isEqualTo("main");
        assertThat(groups.groupOf("public.users")).isEqualTo("main");
        assertThat(groups.groupOf("ci.ci_pipelines")).isEqualTo("ci");
        assertThat(groups.groupOf("public.ci_builds")).isEqualTo("ci");
        assertThat(groups.groupOf("public.loose_foreign_keys_deleted_records")).isEqualTo("gitlab_shared");
        assertThat(groups.groupOf("public.projects")).isNull();
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("nowhere.properties");

        assertThatThrownBy(() -> QueryGuardConfig.load(missing))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(missing.toString());
                    assertThat(e.line()).isZero();
                    assertThat(e.key()).isNull();
                })
                .hasMessage(missing + ": no such file");
    }

    @Test
    void aClassPathWithoutTheFileGivesTheDefaults() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(QueryGuardConfig.load(empty, Map.of())).isSameAs(QueryGuardConfig.defaults());
        }
    }

    @Test
    void readsTheFileAtTheRootOfTheClassPath() throws IOException {
        Path file = Files.writeString(dir.resolve("queryguard.properties"), "queryguard.stacks=true\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            QueryGuardConfig config = QueryGuardConfig.load(loader, Map.of());

            assertThat(config.stacks()).isTrue();
            assertThat(config.source()).isEqualTo(file.toString());
        }
    }

    @Test
    void systemPropertiesOverrideTheClassPathFile() throws IOException {
        Files.writeString(dir.resolve("queryguard.properties"), """
                queryguard.maxEntries=10
                queryguard.stacks=true
                queryguard.group.ci=ci.*
                """);
        Map<String, String> systemProperties = new LinkedHashMap<>();
        systemProperties.put("queryguard.maxEntries", "20");
        systemProperties.put("queryguard.group.main", "main.*");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            QueryGuardConfig config = QueryGuardConfig.load(loader, systemProperties);

            assertThat(config.maxEntries()).isEqualTo(20);
            assertThat(config.stacks()).isTrue();
            assertThat(config.schemaGroups().groups()).containsExactly("ci", "main");
            assertThat(config.source()).isEqualTo(dir.resolve("queryguard.properties") + " + system properties");
        }
    }

    @Test
    void loadAppliesTheRealSystemProperties() {
        String previous = System.getProperty(QueryGuardConfig.MAX_ENTRIES);
        System.setProperty(QueryGuardConfig.MAX_ENTRIES, "7");
        try {
            assertThat(QueryGuardConfig.load().maxEntries()).isEqualTo(7);
        } finally {
            if (previous == null) {
                System.clearProperty(QueryGuardConfig.MAX_ENTRIES);
            } else {
                System.setProperty(QueryGuardConfig.MAX_ENTRIES, previous);
            }
        }
    }

    @Test
    void aBadSystemPropertyNamesItsSource() {
        assertThatThrownBy(() -> QueryGuardConfig.load(getClass().getClassLoader(), Map.of("queryguard.stacks", "yes")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo("system properties");
                    assertThat(e.line()).isZero();
                    assertThat(e.key()).isEqualTo("queryguard.stacks");
                })
                .hasMessage("system properties: queryguard.stacks must be 'true' or 'false', was 'yes'");
    }

    @Test
    void overridesReplaceKeysAndKeepTheLayersInTheSource() {
        QueryGuardConfig base = QueryGuardConfig.fromProperties(Map.of(
                "queryguard.maxEntries", "5", "queryguard.p6spy.logging", "TRUE"), "base");

        QueryGuardConfig layered =
                base.withOverrides(Map.of("queryguard.maxEntries", "6"), "junit-platform.properties");

        assertThat(base.maxEntries()).isEqualTo(5);
        assertThat(layered.maxEntries()).isEqualTo(6);
        assertThat(layered.p6spyLogging()).isTrue();
        assertThat(layered.source()).isEqualTo("base + junit-platform.properties");
    }

    @Test
    void overridesWithoutQueryGuardKeysChangeNothing() {
        QueryGuardConfig base = QueryGuardConfig.defaults();

        assertThat(base.withOverrides(Map.of("junit.jupiter.execution.parallel.enabled", "true"), "junit"))
                .isSameAs(base);
    }

    @Test
    void anOverriddenGroupKeepsItsDeclarationPosition() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("queryguard.group.a", "x_*");
        values.put("queryguard.group.b", "x_*_y");
        QueryGuardConfig base = QueryGuardConfig.fromProperties(values, "base");

        QueryGuardConfig layered = base.withOverrides(Map.of("queryguard.group.a", "*_y"), "override");

        assertThat(layered.schemaGroups().groups()).containsExactly("a", "b");
        // both patterns have one wildcard and fix no schema: the first declared wins, and a was declared first
        assertThat(layered.schemaGroups().groupOf("public.x_1_y")).isEqualTo("a");
        assertThat(layered.schemaGroups().groupOf("public.x_1_z")).isNull();
    }

    @Test
    void numbersMayUseUnderscores() {
        QueryGuardConfig config = QueryGuardConfig.fromProperties(Map.of(
                "queryguard.analysis.maxSqlLength", "250_000",
                "queryguard.analysis.parseTimeoutMillis", "100"), "test");

        assertThat(config.maxSqlLength()).isEqualTo(250_000);
        assertThat(config.parseTimeoutMillis()).isEqualTo(100);
    }

    private static Path exampleFile() {
        try {
            URL url = Objects.requireNonNull(QueryGuardConfigTests.class.getResource("main-ci.properties"));
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
