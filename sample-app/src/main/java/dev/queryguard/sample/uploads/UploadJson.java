package dev.queryguard.sample.uploads;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.queryguard.sample.model.Package;
import dev.queryguard.sample.model.PackageFile;

/** What an upload answers: GitLab's {@code 201 Created} with the package and the file it stored. */
public record UploadJson(String message, @JsonProperty("package") PackageJson pkg, PackageFileJson packageFile) {

    /** The package the file went to. */
    public record PackageJson(long id, String name, String version, String packageType, String status) {
    }

    /** The stored file. */
    public record PackageFileJson(long id, String fileName, long size, String fileSha256) {
    }

    static UploadJson of(Package pkg, PackageFile file) {
        return new UploadJson("201 Created",
                new PackageJson(pkg.getId(), pkg.getName(), pkg.getVersion(), pkg.getPackageType(), pkg.getStatus()),
                new PackageFileJson(file.getId(), file.getFileName(), file.getSize(), file.getFileSha256()));
    }

    /** The same answer with the package in {@code status}. */
    UploadJson withStatus(String status) {
        return new UploadJson(message, new PackageJson(pkg.id(), pkg.name(), pkg.version(), pkg.packageType(), status),
                packageFile);
    }
}
