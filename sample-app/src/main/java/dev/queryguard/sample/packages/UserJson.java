package dev.queryguard.sample.packages;

/** A pipeline's user in the API. */
public record UserJson(long id, String username, String name) {
}
