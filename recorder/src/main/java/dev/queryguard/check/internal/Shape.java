package dev.queryguard.check.internal;

import dev.queryguard.recording.CallSite;

/**
 * The executions of one statement shape in a recording: a fingerprint, whatever the bound values, or the cache
 * loads of one kind and region, whatever the keys.
 *
 * @param key     what groups the executions: the fingerprint, or the cache kind and region
 * @param text    how messages show the shape: the shortened fingerprint, or the cache loads with their first keys
 * @param count   how many executions it had
 * @param firstAt the call site of the first execution, or {@code null} when not captured
 */
public record Shape(String key, String text, long count, CallSite firstAt) {
}
