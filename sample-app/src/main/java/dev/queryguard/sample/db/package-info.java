/**
 * The sample app's database: a fresh H2 or PostgreSQL database per run, its SQL migrations, and the Hibernate
 * session factory over QueryGuard's recording DataSource.
 */
package dev.queryguard.sample.db;
