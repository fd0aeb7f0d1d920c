package dev.queryguard.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A CI pipeline, in the {@code ci} schema group. Its project and user live in {@code main}: the database has no
 * foreign key across the groups, they are loose references that may one day point into another database.
 */
@Entity
@Table(schema = "ci", name = "ci_pipelines")
public class Pipeline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    // The association the legacy variants navigate; the fixed ones read userId and load users by id.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "user_id", insertable = false, updatable = false)
    private Long userId;

    @Column(nullable = false)
    private String ref;

    @Column(nullable = false)
    private String sha;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Pipeline() {
    }

    public Pipeline(Long projectId, User user, String ref, String sha, String status, Instant createdAt,
                    Instant updatedAt) {
        this.projectId = projectId;
        this.user = user;
        this.userId = user == null ? null : user.getId();
        this.ref = ref;
        this.sha = sha;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public User getUser() {
        return user;
    }

    public Long getUserId() {
        return userId;
    }

    public String getRef() {
        return ref;
    }

    public String getSha() {
        return sha;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
