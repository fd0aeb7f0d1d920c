package dev.queryguard.sample.packages;

import dev.queryguard.sample.model.Pipeline;
import dev.queryguard.sample.model.User;
import org.hibernate.Session;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads pipelines by id the way GitLab's {@code preload} with {@code disable_joins} does: the pipelines in one
 * statement on {@code ci}, then their users in one statement on {@code main}; never a join between the two.
 */
final class PipelinesById {

    private PipelinesById() {
    }

    /** The pipelines with {@code ids}, with their users, by id: at most two statements. */
    static Map<Long, PipelineJson> load(Session session, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Pipeline> pipelines = session.createSelectionQuery("from Pipeline pl where pl.id in :ids", Pipeline.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
        List<Long> userIds = pipelines.stream().map(Pipeline::getUserId).filter(Objects::nonNull).distinct().toList();
        Map<Long, UserJson> users = userIds.isEmpty() ? Map.of()
                : session.createSelectionQuery("from User u where u.id in :ids", User.class)
                        .setParameter("ids", userIds)
                        .getResultList().stream()
                        .map(user -> new UserJson(user.getId(), user.getUsername(), user.getName()))
                        .collect(Collectors.toMap(UserJson::id, Function.identity()));
        Map<Long, PipelineJson> byId = new HashMap<>();
        for (Pipeline pipeline : pipelines) {
            byId.put(pipeline.getId(), PipelineJson.of(pipeline,
                    pipeline.getUserId() == null ? null : users.get(pipeline.getUserId())));
        }
        return byId;
    }
}
