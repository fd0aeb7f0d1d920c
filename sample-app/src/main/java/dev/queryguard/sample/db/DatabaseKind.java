package dev.queryguard.sample.db;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which database the sample app runs on: embedded H2 (the default) or the machine's PostgreSQL. */
public enum DatabaseKind {

    /** H2 in memory, in PostgreSQL mode. */
    H2("h2"),
    /** A database of its own on the PostgreSQL server at 127.0.0.1:5432 (see {@link Database}). */
    POSTGRES("postgres");

    /** The system property that chooses the database: {@code h2} or {@code postgres}. */
    public static final String PROPERTY = "sample.db";

    private final String optionName;

    DatabaseKind(String optionName) {
        this.optionName = optionName;
    }

    /** The name {@code --db} and {@value #PROPERTY} accept. */
    public String optionName() {
        return optionName;
    }

    /** The kind named {@code name}, case-insensitively; {@code postgresql} is accepted too. */
    public static DatabaseKind named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("postgresql")) {
            return POSTGRES;
        }
        return Arrays.stream(values()).filter(kind -> kind.optionName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown database '" + name + "': choose "
                        + Arrays.stream(values()).map(DatabaseKind::optionName).collect(Collectors.joining(" or "))));
    }

    /** The kind the {@value #PROPERTY} system property names; H2 when it is not set. */
    public static DatabaseKind fromSystemProperty() {
        String name = System.getProperty(PROPERTY);
        return name == null || name.isBlank() ? H2 : named(name);
    }
}
