/**
 * What SQL statements do and touch: {@link dev.queryguard.analysis.SqlAnalyzer} reads each distinct SQL text once
 * (JSqlParser, with a tolerant scan for what the parser cannot read) into a shared
 * {@link dev.queryguard.analysis.StatementAnalysis}: its kind, tables with their schema groups, joins,
 * cross-schema verdict and fingerprint.
 */
package dev.queryguard.analysis;
