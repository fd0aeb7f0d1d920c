/**
 * How {@link dev.queryguard.analysis.SqlAnalyzer} works: lexer, fingerprint, parser with timeout, table collection
 * and scan, verdict. Not API: types here may change in any release.
 */
package dev.queryguard.analysis.internal;
