/**
 * QueryGuard in JMH benchmarks: {@link dev.queryguard.jmh.QueryProfiler} ({@code -prof
 * dev.queryguard.jmh.QueryProfiler}) reports statements, rows, cache hits and cross-schema statements per
 * operation. The only package of the recorder that uses JMH, an optional dependency: nothing else loads it.
 */
package dev.queryguard.jmh;
