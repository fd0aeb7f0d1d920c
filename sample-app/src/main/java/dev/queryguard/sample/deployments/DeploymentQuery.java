package dev.queryguard.sample.deployments;

import dev.queryguard.sample.http.ApiException;
import dev.queryguard.sample.http.ApiRequest;
import dev.queryguard.sample.http.Pagination;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a deployments request asks for: its filters, order and page, with the values GitLab's API accepts. Whether
 * a combination is efficient is the finder's business, not this record's.
 *
 * @param environment   the environment's name, or {@code null} for every environment of the project
 * @param status        one of {@link #STATUSES}, or {@code null}
 * @param updatedAfter  only deployments updated at or after it, or {@code null}
 * @param updatedBefore only deployments updated at or before it, or {@code null}
 * @param orderBy       the order asked for, or {@code null} when the request names none
 * @param sort          the direction
 * @param page          the page
 */
public record DeploymentQuery(String environment, String status, Instant updatedAfter, Instant updatedBefore,
                              OrderBy orderBy, Sort sort, Pagination page) {

    /** The statuses of a deployment, as GitLab names them. */
    public static final Set<String> STATUSES =
            Set.of("created", "running", "success", "failed", "canceled", "skipped", "blocked");

    public DeploymentQuery {
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + STATUSES + ": " + status);
        }
        Objects.requireNonNull(sort, "sort must not be null");
        Objects.requireNonNull(page, "page must not be null");
    }

    /** The query of {@code request}; 400 for a value GitLab's API would not accept. */
    public static DeploymentQuery of(ApiRequest request) {
        String status = request.parameter("status").orElse(null);
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.badRequest("status does not have a valid value: " + status);
        }
        return new DeploymentQuery(request.parameter("environment").orElse(null), status,
                instant(request, "updated_after"), instant(request, "updated_before"),
                request.parameter("order_by").map(OrderBy::named).orElse(null),
                request.parameter("sort").map(Sort::named).orElse(Sort.ASC), Pagination.of(request));
    }

    /** Whether an {@code updated_after} or {@code updated_before} filter is given. */
    public boolean filtersByUpdatedAt() {
        return updatedAfter != null || updatedBefore != null;
    }

    /** The {@code updated_*} parameters given, as the request named them: {@code updated_after}. */
    String updatedAtFilters() {
        return updatedAfter != null && updatedBefore != null ? "updated_after and updated_before"
                : updatedAfter != null ? "updated_after" : "updated_before";
    }

    private static Instant instant(ApiRequest request, String name) {
        return request.parameter(name).map(value -> {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + " is invalid, expected an ISO 8601 date-time: " + value);
            }
        }).orElse(null);
    }

    /** The {@code order_by} values of GitLab's deployments API. */
    public enum OrderBy {
        ID, IID, CREATED_AT, UPDATED_AT;

        /** The name in the API: {@code created_at}. */
        public String parameterValue() {
            return name().toLowerCase(Locale.ROOT);
        }

        static OrderBy named(String value) {
            return Arrays.stream(values()).filter(order -> order.parameterValue().equals(value)).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("order_by does not have a valid value: " + value
                            + " (choose " + Arrays.stream(values()).map(OrderBy::parameterValue)
                            .collect(Collectors.joining(", ")) + ")"));
        }
    }

    /** The {@code sort} values: {@code asc} or {@code desc}. */
    public enum Sort {
        ASC, DESC;

        /** The direction as SQL writes it. */
        public String sql() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort named(String value) {
            return switch (value) {
                case "asc" -> ASC;
                case "desc" -> DESC;
                default -> throw ApiException.badRequest("sort does not have a valid value: " + value
                        + " (choose asc or desc)");
            };
        }
    }
}
