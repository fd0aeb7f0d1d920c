package dev.queryguard.sample.packages;

import org.hibernate.Session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, from one of {@code main}'s build-info tables alone, the ids of the most recent pipelines that built
 * each of a page of packages or files, at most {@value PackageQueries#PIPELINES_SHOWN} each, in one statement.
 */
enum RecentBuilds {

    PACKAGES("main.packages_build_infos", "package_id"),
    FILES("main.package_file_build_infos", "package_file_id");

    private final String sql;

    RecentBuilds(String table, String owner) {
        // Ranked in SQL, so that a package built a thousand times still reads five rows.
        this.sql = "select ranked.owner_id, ranked.pipeline_id from (select bi." + owner + " as owner_id,"
                + " bi.pipeline_id, row_number() over (partition by bi." + owner + " order by bi.pipeline_id desc)"
                + " as position from " + table + " bi where bi." + owner + " in (:owners)) ranked"
                + " where ranked.position <= " + PackageQueries.PIPELINES_SHOWN
                + " order by ranked.owner_id, ranked.pipeline_id desc";
    }

    /** The pipeline ids of each owner, most recent first; owners without builds are absent. */
    Map<Long, List<Long>> pipelineIds(Session session, Collection<Long> owners) {
        Map<Long, List<Long>> byOwner = new LinkedHashMap<>();
        if (owners.isEmpty()) {
            return byOwner;
        }
        List<Object[]> rows = session.createNativeQuery(sql, Object[].class)
                .setParameterList("owners", List.copyOf(owners))
                .getResultList();
        for (Object[] row : rows) {
            byOwner.computeIfAbsent(((Number) row[0]).longValue(), owner -> new ArrayList<>())
                    .add(((Number) row[1]).longValue());
        }
        return byOwner;
    }
}
