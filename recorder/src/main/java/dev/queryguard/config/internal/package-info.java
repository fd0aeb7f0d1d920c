/**
 * How {@link dev.queryguard.config.QueryGuardConfig} reads and checks its sources. Not API: types here may change
 * in any release.
 */
package dev.queryguard.config.internal;
