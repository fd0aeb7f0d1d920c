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

/** Which pipeline built a package. {@code pipelineId} is a loose reference into {@code ci.ci_pipelines}. */
@Entity
@Table(schema = "main", name = "packages_build_infos")
public class PackageBuildInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id")
    private Package pkg;

    @Column(name = "pipeline_id", nullable = false)
    private Long pipelineId;

    protected PackageBuildInfo() {
    }

    public PackageBuildInfo(Package pkg, Long pipelineId) {
        this.pkg = pkg;
        this.pipelineId = pipelineId;
    }

    public Long getId() {
        return id;
    }

    public Package getPackage() {
        return pkg;
    }

    public Long getPipelineId() {
        return pipelineId;
    }
}
