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

import java.util.ArrayList;
import java.util.List;

/** A file of a {@link Package}; its bytes live in object storage. */
@Entity
@Table(schema = "main", name = "package_files")
public class PackageFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id")
    private Package pkg;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private long size;

    @Column(name = "file_sha256")
    private String fileSha256;

    /**
     * The pipelines that built this file, through {@code main.package_file_build_infos}; like
     * {@link Package#getPipelines()}, loading it joins {@code ci.ci_pipelines} to a {@code main} table.
     */
    @ManyToMany
    @JoinTable(schema = "main", name = "package_file_build_infos",
            joinColumns = @JoinColumn(name = "package_file_id"),
            inverseJoinColumns = @JoinColumn(name = "pipeline_id"))
    @OrderBy("id desc")
    @Immutable
    private List<Pipeline> pipelines = new ArrayList<>();

    protected PackageFile() {
    }

    public PackageFile(Package pkg, String fileName, long size, String fileSha256) {
        this.pkg = pkg;
        this.fileName = fileName;
        this.size = size;
        this.fileSha256 = fileSha256;
    }

    public Long getId() {
        return id;
    }

    public Package getPackage() {
        return pkg;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public List<Pipeline> getPipelines() {
        return pipelines;
    }
}
