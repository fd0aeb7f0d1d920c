package dev.queryguard.sample.http;

import java.io.IOException;

/** Answers the requests of one route; throws {@link ApiException} to refuse one. */
@FunctionalInterface
public interface Handler {

    ApiResponse handle(ApiRequest request) throws IOException;
}
