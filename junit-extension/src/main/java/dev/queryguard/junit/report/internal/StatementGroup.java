package dev.queryguard.junit.report.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The executions of one statement shape in a test.
 *
 * @param fingerprint the normalized statement, shortened as failure messages show it
 * @param kind        what it does: {@code SELECT}, {@code UPDATE}... (a {@code StatementKind} name)
 * @param count       how many times it ran
 * @param firstAt     where it ran first ({@code OrderService.java:57 (OrderService.lines)}), or a note that call
 *                    sites were not recorded
 */
public record StatementGroup(String fingerprint, String kind, long count, String firstAt) {

    public StatementGroup {
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(firstAt, "firstAt must not be null");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", count);
        json.put("kind", kind);
        json.put("fingerprint", fingerprint);
        json.put("firstAt", firstAt);
        return json;
    }

    static StatementGroup fromJson(Map<String, Object> json) {
        return new StatementGroup(JsonFields.string(json, "fingerprint"), JsonFields.string(json, "kind"),
                JsonFields.number(json, "count"), JsonFields.string(json, "firstAt"));
    }
}
