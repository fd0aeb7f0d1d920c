/**
 * The sample app's Hibernate entities, over two schema groups of one database: {@code main} (projects, users,
 * packages and their files and build infos, environments, deployments) and {@code ci} (pipelines). No foreign
 * key crosses the groups: {@code pipeline_id} and {@code ci_pipelines.user_id} are loose references.
 */
package dev.queryguard.sample.model;
