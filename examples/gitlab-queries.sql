-- Legacy packages list: the pipelines of a page of packages, joined across main and ci.
SELECT p.id, p.name, pl.id, pl.sha
FROM main.packages p
LEFT JOIN main.packages_build_infos bi ON bi.package_id = p.id
LEFT JOIN ci.ci_pipelines pl ON pl.id = bi.pipeline_id
WHERE p.project_id = 42
ORDER BY p.created_at DESC
LIMIT 20;

-- Fixed: pipeline ids from the build infos (main), then the pipelines by id (ci) in one statement.
SELECT bi.package_id, bi.pipeline_id FROM main.packages_build_infos bi WHERE bi.package_id IN (1, 2, 3);
SELECT pl.id, pl.sha, pl.status FROM ci.ci_pipelines pl WHERE pl.id IN (10, 11, 12);

-- A cross join hidden in a subquery is still a cross join.
SELECT d.id FROM main.deployments d
WHERE EXISTS (SELECT 1 FROM ci.ci_pipelines pl WHERE pl.sha = d.sha AND pl.status = 'success');

-- Shared tables may join either group.
SELECT r.id FROM shared.loose_foreign_keys_deleted_records r JOIN ci.ci_pipelines pl ON pl.id = r.primary_key_value;

-- The deployments finder, fixed: environment by a subquery scoped to the project, ordered by an index.
SELECT d.* FROM main.deployments d
WHERE d.project_id = 42
  AND d.environment_id = (SELECT e.id FROM main.environments e WHERE e.project_id = 42 AND e.name = 'production')
  AND d.updated_at > '2026-01-01'
ORDER BY d.updated_at, d.id
LIMIT 20;
