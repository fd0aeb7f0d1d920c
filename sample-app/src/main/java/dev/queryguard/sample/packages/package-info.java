/**
 * The packages API: the packages list, a package's files and a package's pipelines, in
 * {@link dev.queryguard.sample.packages.PackagesLegacy legacy} (N+1 lazy loads joining {@code ci} to
 * {@code main}) and {@link dev.queryguard.sample.packages.PackagesFixed fixed} variants (a constant number of
 * statements, each on one schema group).
 */
package dev.queryguard.sample.packages;
