package dev.queryguard.sample.uploads;

import dev.queryguard.sample.flags.Feature;
import dev.queryguard.sample.flags.FeatureFlags;
import dev.queryguard.sample.flags.Variant;
import dev.queryguard.sample.http.ApiException;
import dev.queryguard.sample.http.ApiRequest;
import dev.queryguard.sample.http.ApiResponse;
import dev.queryguard.sample.http.Router;
import dev.queryguard.sample.storage.ObjectStorage;
import org.hibernate.SessionFactory;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code PUT /api/v4/projects/{id}/packages/generic/{package_name}/{package_version}/{file_name}}: uploads a file
 * of a generic package with the {@link LegacyPackageUploader} or the {@link FixedPackageUploader}, as the
 * {@link Feature#UPLOADS} flag says. 201 with the package and file; 502 when the object storage does not take the
 * bytes. Thread-safe.
 */
public final class UploadsApi {

    /** The route. */
    public static final String PATH = "/api/v4/projects/{id}/packages/generic/{package_name}/{package_version}/{file_name}";

    private final FeatureFlags flags;
    private final PackageUploader legacy;
    private final PackageUploader fixed;

    private UploadsApi(SessionFactory sessionFactory, FeatureFlags flags, ObjectStorage storage) {
        this.flags = flags;
        this.legacy = new LegacyPackageUploader(sessionFactory, storage);
        this.fixed = new FixedPackageUploader(sessionFactory, storage);
    }

    /** Adds the route to {@code router}. */
    public static void register(Router router, SessionFactory sessionFactory, FeatureFlags flags,
                                ObjectStorage storage) {
        router.put(PATH, new UploadsApi(sessionFactory, flags, storage)::upload);
    }

    private ApiResponse upload(ApiRequest request) throws IOException {
        long projectId = request.idParameter("id");
        byte[] bytes;
        try (InputStream body = request.body()) {
            bytes = body.readAllBytes();
        }
        GenericUpload upload;
        try {
            upload = new GenericUpload(projectId, request.pathParameter("package_name"),
                    request.pathParameter("package_version"), request.pathParameter("file_name"), bytes);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        PackageUploader uploader = variant(request) == Variant.FIXED ? fixed : legacy;
        try {
            return ApiResponse.created(uploader.upload(upload));
        } catch (UploadFailedException e) {
            throw new ApiException(502, "502 Bad Gateway - " + e.getMessage());
        }
    }

    private Variant variant(ApiRequest request) {
        try {
            return flags.variant(Feature.UPLOADS, request.header(FeatureFlags.HEADER));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
