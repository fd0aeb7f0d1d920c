/**
 * QueryGuard's configuration: {@link dev.queryguard.config.QueryGuardConfig} reads {@code queryguard.properties}
 * and system properties, and documents every key; {@link dev.queryguard.config.SchemaGroups} holds the schema
 * groups; {@link dev.queryguard.config.ConfigException} names the file, line and key of a bad setting.
 */
package dev.queryguard.config;
