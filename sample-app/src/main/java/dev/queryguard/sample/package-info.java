/**
 * The sample app: GitLab's packages and deployments features re-created with Hibernate ORM, each in a legacy
 * variant with the database problem QueryGuard exists to catch and a fixed variant, switched by feature flags.
 * {@link dev.queryguard.sample.SampleApp} assembles it; {@link dev.queryguard.sample.Main} runs it.
 */
package dev.queryguard.sample;
