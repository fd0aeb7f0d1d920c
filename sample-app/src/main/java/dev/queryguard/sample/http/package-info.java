/**
 * The JSON API on the JDK's HTTP server: routes with path parameters, pagination, errors as
 * {@code {"message": ...}}, and QueryGuard's scope header filter on every context.
 */
package dev.queryguard.sample.http;
