/** Deterministic seed data: a project with users, packages, files, build infos, pipelines and deployments. */
package dev.queryguard.sample.seed;
