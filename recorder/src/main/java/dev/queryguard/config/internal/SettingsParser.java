package dev.queryguard.config.internal;

import dev.queryguard.config.ConfigException;
import dev.queryguard.config.QueryGuardConfig;
import dev.queryguard.config.SchemaGroups.UnmappedPolicy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the merged {@code queryguard.*} entries into {@link Settings}, naming file, line and key on errors. */
public final class SettingsParser {

    private static final Pattern GROUP_NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z0-9_$]+");

    private SettingsParser() {
    }

    /**
     * Indexes the {@code queryguard.*} entries of one source by key, in source order; other keys are ignored
     * and a key set twice is an error.
     */
    public static Map<String, ConfigEntry> index(Collection<ConfigEntry> entries) {
        Map<String, ConfigEntry> byKey = new LinkedHashMap<>();
        for (ConfigEntry entry : entries) {
            if (!entry.key().startsWith(QueryGuardConfig.PREFIX)) {
                continue;
            }
            ConfigEntry first = byKey.putIfAbsent(entry.key(), entry);
            if (first != null) {
                throw error(entry, entry.key() + " is set twice"
                        + (first.line() > 0 ? " (first on line " + first.line() + ")" : ""));
            }
        }
        return byKey;
    }

    /** Parses the merged entries, in declaration order, into settings. */
    public static Settings parse(Collection<ConfigEntry> entries) {
        Map<String, ConfigEntry> known = new LinkedHashMap<>();
        List<ConfigEntry> groupEntries = new ArrayList<>();
        for (ConfigEntry entry : entries) {
            if (entry.key().startsWith(QueryGuardConfig.GROUP_PREFIX)) {
                groupEntries.add(entry);
            } else if (QueryGuardConfig.isFaceKey(entry.key())) {
                continue;
            } else if (KnownKeys.ALL.contains(entry.key())) {
                known.put(entry.key(), entry);
            } else {
                throw error(entry, "unknown key " + entry.key() + KnownKeys.hint(entry.key()));
            }
        }
        ConfigEntry version = known.get(QueryGuardConfig.VERSION);
        if (version != null && !version.value().equals("1")) {
            throw error(version, version.key() + " must be 1, was '" + version.value() + "'");
        }
        GroupDeclarations declarations = GroupDeclarations.parse(groupEntries);
        return new Settings(
                bool(known.get(QueryGuardConfig.CALL_SITES), true),
                bool(known.get(QueryGuardConfig.STACKS), false),
                list(known.get(QueryGuardConfig.CALL_SITE_EXCLUDES)),
                positiveInt(known.get(QueryGuardConfig.MAX_ENTRIES), 100_000),
                bool(known.get(QueryGuardConfig.P6SPY_LOGGING), false),
                positiveInt(known.get(QueryGuardConfig.ANALYSIS_CACHE_SIZE), 10_000),
                positiveInt(known.get(QueryGuardConfig.MAX_SQL_LENGTH), 100_000),
                positiveInt(known.get(QueryGuardConfig.PARSE_TIMEOUT_MILLIS), 5_000),
                schema(known.get(QueryGuardConfig.DEFAULT_SCHEMA)),
                declarations.groups(),
                declarations.patterns(),
                joinAny(known.get(QueryGuardConfig.JOIN_ANY_GROUPS), declarations.groups()),
                unmapped(known.get(QueryGuardConfig.UNMAPPED_TABLES)));
    }

    static ConfigException error(ConfigEntry entry, String problem) {
        return new ConfigException(entry.source(), entry.line(), entry.key(), problem);
    }

    static List<String> list(ConfigEntry entry) {
        List<String> items = new ArrayList<>();
        if (entry != null) {
            for (String item : entry.value().split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    private static boolean bool(ConfigEntry entry, boolean fallback) {
        if (entry == null) {
            return fallback;
        }
        String value = entry.value().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw error(entry, entry.key() + " must be 'true' or 'false', was '" + entry.value() + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static int positiveInt(ConfigEntry entry, int fallback) {
        if (entry == null) {
            return fallback;
        }
        String value = entry.value().replace("_", "");
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value as written
        }
        throw error(entry, entry.key() + " must be a positive integer, was '" + entry.value() + "'");
    }

    private static String schema(ConfigEntry entry) {
        if (entry == null || entry.value().isEmpty()) {
            return null;
        }
        String schema = entry.value().toLowerCase(Locale.ROOT);
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw error(entry, entry.key() + " must be one schema name (a-z, 0-9, _ and $), was '"
                    + entry.value() + "'");
        }
        return schema;
    }

    private static Set<String> joinAny(ConfigEntry entry, List<String> groups) {
        Set<String> joinAny = new LinkedHashSet<>();
        for (String group : list(entry)) {
            if (!groups.contains(group)) {
                throw error(entry, entry.key() + " names group '" + group + "', which no "
                        + QueryGuardConfig.GROUP_PREFIX + "<name> declares");
            }
            joinAny.add(group);
        }
        return joinAny;
    }

    private static UnmappedPolicy unmapped(ConfigEntry entry) {
        if (entry == null) {
            return UnmappedPolicy.FAIL;
        }
        return switch (entry.value().toLowerCase(Locale.ROOT)) {
            case "fail" -> UnmappedPolicy.FAIL;
            case "ignore" -> UnmappedPolicy.IGNORE;
            default -> throw error(entry, entry.key() + " must be 'fail' or 'ignore', was '" + entry.value() + "'");
        };
    }

    /** The groups and patterns of the {@code queryguard.group.<name>} entries. */
    private record GroupDeclarations(List<String> groups, List<GroupPattern> patterns) {

        static GroupDeclarations parse(List<ConfigEntry> entries) {
            List<String> groups = new ArrayList<>();
            List<GroupPattern> patterns = new ArrayList<>();
            Map<String, GroupPattern> byText = new LinkedHashMap<>();
            for (ConfigEntry entry : entries) {
                String group = entry.key().substring(QueryGuardConfig.GROUP_PREFIX.length());
                if (!GROUP_NAME.matcher(group).matches()) {
                    throw error(entry, entry.key() + " must name its group with a-z, 0-9 and _ only, was '"
                            + group + "'");
                }
                List<String> texts = list(entry);
                if (texts.isEmpty()) {
                    throw error(entry, entry.key() + " must list at least one pattern, was '" + entry.value() + "'");
                }
                for (String text : texts) {
                    GroupPattern pattern = GroupPattern.parse(group, text, patterns.size());
                    if (pattern == null) {
                        throw error(entry, entry.key() + " has a bad pattern '" + text
                                + "': write table, schema.table, schema.* or *.table, with * as the only wildcard");
                    }
                    GroupPattern earlier = byText.putIfAbsent(pattern.text(), pattern);
                    if (earlier != null && !earlier.group().equals(group)) {
                        throw error(entry, entry.key() + " repeats pattern '" + text + "' of "
                                + QueryGuardConfig.GROUP_PREFIX + earlier.group());
                    }
                    patterns.add(pattern);
                }
                groups.add(group);
            }
            return new GroupDeclarations(groups, patterns);
        }
    }
}
