package dev.queryguard.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A package of a project's registry (GitLab's {@code Packages::Package}): a name and version with files. */
@Entity
@Table(schema = "main", name = "packages")
public class Package {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false)
    private String name;

    private String version;

    @Column(name = "package_type", nullable = false)
    private String packageType;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The pipelines that built this package, through {@code main.packages_build_infos}: Rails'
     * {@code has_many :pipelines, through: :build_infos}. Loading it joins {@code ci.ci_pipelines} to a
     * {@code main} table, which only the legacy variants do. Written through {@link PackageBuildInfo}.
     */
    @ManyToMany
    @JoinTable(schema = "main", name = "packages_build_infos",
            joinColumns = @JoinColumn(name = "package_id"),
            inverseJoinColumns = @JoinColumn(name = "pipeline_id"))
    @OrderBy("id desc")
    @Immutable
    private List<Pipeline> pipelines = new ArrayList<>();

    protected Package() {
    }

    public Package(Project project, String name, String version, String packageType, String status,
                   Instant createdAt, Instant updatedAt) {
        this.project = project;
        this.name = name;
        this.version = version;
        this.packageType = packageType;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public String getPackageType() {
        return packageType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status, Instant updatedAt) {
        this.status = status;
        this.updatedAt = updatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Pipeline> getPipelines() {
        return pipelines;
    }
}
