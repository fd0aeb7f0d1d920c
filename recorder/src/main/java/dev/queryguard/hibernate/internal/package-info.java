/**
 * The implementation behind {@link dev.queryguard.hibernate}: the statistics and cache decorators Hibernate
 * installs through {@link dev.queryguard.hibernate.internal.CacheHitServiceContributor}. Not an API.
 */
package dev.queryguard.hibernate.internal;
