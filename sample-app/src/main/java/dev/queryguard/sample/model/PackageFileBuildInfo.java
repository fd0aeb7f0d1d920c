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

/** Which pipeline built a package file. {@code pipelineId} is a loose reference into {@code ci.ci_pipelines}. */
@Entity
@Table(schema = "main", name = "package_file_build_infos")
public class PackageFileBuildInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_file_id")
    private PackageFile packageFile;

    @Column(name = "pipeline_id", nullable = false)
    private Long pipelineId;

    protected PackageFileBuildInfo() {
    }

    public PackageFileBuildInfo(PackageFile packageFile, Long pipelineId) {
        this.packageFile = packageFile;
        this.pipelineId = pipelineId;
    }

    public Long getId() {
        return id;
    }

    public PackageFile getPackageFile() {
        return packageFile;
    }

    public Long getPipelineId() {
        return pipelineId;
    }
}
