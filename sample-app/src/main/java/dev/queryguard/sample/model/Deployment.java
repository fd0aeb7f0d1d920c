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

/** A deployment of a ref to an environment; {@code iid} numbers the deployments of one project. */
@Entity
@Table(schema = "main", name = "deployments")
public class Deployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "environment_id")
    private Environment environment;

    @Column(nullable = false)
    private int iid;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String ref;

    @Column(nullable = false)
    private String sha;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Deployment() {
    }

    public Deployment(Project project, Environment environment, int iid, String status, String ref, String sha,
                      Instant createdAt, Instant updatedAt, Instant finishedAt) {
        this.project = project;
        this.environment = environment;
        this.iid = iid;
        this.status = status;
        this.ref = ref;
        this.sha = sha;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.finishedAt = finishedAt;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Environment getEnvironment() {
        return environment;
    }

    public int getIid() {
        return iid;
    }

    public String getStatus() {
        return status;
    }

    public String getRef() {
        return ref;
    }

    public String getSha() {
        return sha;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
