package dev.schemawright.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The services' view of object storage: one bucket, keys from {@code contracts.ObjectKeys}, bytes with a content
 * type. Blocking and thread-safe (one S3 client per instance); call it from worker threads, never the event loop.
 */
public final class ObjectStore implements AutoCloseable {
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    /** User metadata (x-amz-meta-content-type) holding the content type exactly as written. */
    static final String CONTENT_TYPE_METADATA = "content-type";
    /** Tags a conditional write, so a retried one knows its own object (see {@link #writtenBy}). */
    static final String WRITE_ID_METADATA = "write-id";

    private final S3Client s3;
    private final StorageConfig config;

    public ObjectStore(StorageConfig config) {
        this.config = config;
        this.s3 = S3Client.builder()
                .endpointOverride(config.endpoint())
                .region(Region.of(config.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey())))
                .forcePathStyle(config.pathStyle())
                // Checksums only where S3 requires them: S3-compatible servers (S3Proxy, MinIO) differ on the newer trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // HttpURLConnection + "Expect: 100-continue" on a reused keep-alive connection fails with an IOException
                // the SDK does not retry; our objects are small, so skip the handshake.
                .overrideConfiguration(o -> o.addExecutionInterceptor(new WithoutExpectContinue()))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                .build();
    }

    public StorageConfig config() {
        return config;
    }

    public String bucket() {
        return config.bucket();
    }

    /** Creates the bucket unless it exists; safe to call from several services at once. */
    public void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(config.bucket()));
            return;
        } catch (NoSuchBucketException e) {
            // fall through and create it
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
        }
        try {
            s3.createBucket(b -> b.bucket(config.bucket()));
        } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException e) {
            // another service created it between our HEAD and CREATE
        }
    }

    /** Writes unconditionally; returns the new ETag. */
    public String put(String key, byte[] bytes, String contentType) {
        String type = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
        // S3 servers may canonicalize Content-Type (Jetty in S3Proxy turns "text/plain; charset=utf-8" into
        // "text/plain;charset=utf-8"); the exact value travels in metadata so readers get back what was written
        PutObjectResponse response = s3.putObject(b -> request(b, key, bytes, type), RequestBody.fromBytes(bytes));
        return response.eTag();
    }

    /**
     * Whether a listed object already holds exactly {@code bytes}, judged by its ETag, which S3 (and S3Proxy, MinIO)
     * set to the MD5 of a single-part upload; saves downloading it. An ETag of another form never matches.
     */
    public static boolean holds(ObjectInfo info, byte[] bytes) {
        if (info == null || info.etag() == null) {
            return false;
        }
        String etag = info.etag().replace("\"", "");
        return info.size() == bytes.length && etag.equalsIgnoreCase(md5Hex(bytes));
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<StoredObject> get(String key) {
        return unlessMissing(() -> {
            ResponseBytes<GetObjectResponse> response = s3.getObjectAsBytes(b -> b.bucket(config.bucket()).key(key));
            String type = response.response().metadata().getOrDefault(CONTENT_TYPE_METADATA, response.response().contentType());
            return new StoredObject(response.asByteArrayUnsafe(), type == null ? DEFAULT_CONTENT_TYPE : type);
        });
    }

    public Optional<ObjectInfo> head(String key) {
        return unlessMissing(() -> {
            HeadObjectResponse r = s3.headObject(b -> b.bucket(config.bucket()).key(key));
            return new ObjectInfo(key, r.contentLength(), r.eTag(), r.lastModified());
        });
    }

    /** A missing key is a normal answer (HEAD gives a bare 404 without the NoSuchKey code). */
    private static <T> Optional<T> unlessMissing(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public boolean exists(String key) {
        return head(key).isPresent();
    }

    /** Every object whose key starts with {@code prefix}, in key order (all pages). */
    public List<ObjectInfo> list(String prefix) {
        List<ObjectInfo> out = new ArrayList<>();
        String token = null;
        do {
            ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(config.bucket()).prefix(prefix);
            if (token != null) {
                request.continuationToken(token);
            }
            ListObjectsV2Response page = s3.listObjectsV2(request.build());
            for (S3Object o : page.contents()) {
                out.add(new ObjectInfo(o.key(), o.size(), o.eTag(), o.lastModified()));
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        return List.copyOf(out);
    }

    /**
     * Creates the object only when the key is missing ({@code If-None-Match: *}, atomic on S3, S3Proxy and MinIO): of
     * two writers racing for a key exactly one creates it. The loser learns whether the existing object holds the same
     * bytes ({@link WriteOutcome#UNCHANGED}) or others ({@link WriteOutcome#KEPT_EXISTING}).
     */
    public WriteOutcome putIfAbsent(String key, byte[] bytes, String contentType) {
        String writeId = java.util.UUID.randomUUID().toString();
        try {
            s3.putObject(b -> request(b, key, bytes, contentType, writeId).ifNoneMatch("*"), RequestBody.fromBytes(bytes));
            return WriteOutcome.CREATED;
        } catch (S3Exception e) {
            if (!isConflict(e)) {
                throw e;
            }
            if (writtenBy(key, writeId)) {
                return WriteOutcome.CREATED; // our first attempt created it; the SDK's retry of it met our own object
            }
            return head(key).map(existing -> holds(existing, bytes) ? WriteOutcome.UNCHANGED : WriteOutcome.KEPT_EXISTING)
                    .orElse(WriteOutcome.KEPT_EXISTING);
        }
    }

    /**
     * Whether the object under {@code key} was written by the conditional write tagged {@code writeId}. A conditional PUT
     * the server applied but whose answer was lost (a reset connection, a 5xx after the write) is retried by the SDK, and
     * the retry then fails its own precondition: the tag tells that 412 apart from another writer's win.
     */
    private boolean writtenBy(String key, String writeId) {
        return unlessMissing(() -> s3.headObject(b -> b.bucket(config.bucket()).key(key)).metadata().get(WRITE_ID_METADATA))
                .filter(writeId::equals).isPresent();
    }

    /**
     * Replaces the object only if it still has {@code expectedEtag} ({@code If-Match}); a null ETag means "only if it
     * does not exist yet". Returns false when another writer got there first: re-read and decide again.
     */
    public boolean replaceIfUnchanged(String key, String expectedEtag, byte[] bytes, String contentType) {
        String writeId = java.util.UUID.randomUUID().toString();
        try {
            s3.putObject(b -> {
                request(b, key, bytes, contentType, writeId);
                if (expectedEtag == null) {
                    b.ifNoneMatch("*");
                } else {
                    b.ifMatch(expectedEtag);
                }
            }, RequestBody.fromBytes(bytes));
            return true;
        } catch (S3Exception e) {
            if (isConflict(e)) {
                return writtenBy(key, writeId);
            }
            throw e;
        }
    }

    /** 412 Precondition Failed, or 409 which S3 answers when a conditional write races another one. */
    private static boolean isConflict(S3Exception e) {
        return e.statusCode() == 412 || e.statusCode() == 409;
    }

    private software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder request(
            software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder b, String key, byte[] bytes, String contentType) {
        String type = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
        return b.bucket(config.bucket()).key(key).contentType(type).metadata(Map.of(CONTENT_TYPE_METADATA, type))
                .contentLength((long) bytes.length);
    }

    /** A conditional write's request, tagged with {@code writeId} ({@link #writtenBy}). */
    private software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder request(
            software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder b, String key, byte[] bytes, String contentType, String writeId) {
        String type = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
        return request(b, key, bytes, contentType).metadata(Map.of(CONTENT_TYPE_METADATA, type, WRITE_ID_METADATA, writeId));
    }

    /** The object's bytes and ETag together, for a read-modify-write with {@link #replaceIfUnchanged}. */
    public Optional<Versioned> getVersioned(String key) {
        return unlessMissing(() -> {
            ResponseBytes<GetObjectResponse> response = s3.getObjectAsBytes(b -> b.bucket(config.bucket()).key(key));
            return new Versioned(response.asByteArrayUnsafe(), response.response().eTag());
        });
    }

    /** An object's content and the ETag it had when read. */
    public record Versioned(byte[] bytes, String etag) {
        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Writes unless the key already holds exactly these bytes with this content type (re-publishing is a no-op). */
    public WriteOutcome putIfChanged(String key, byte[] bytes, String contentType) {
        Optional<StoredObject> current = get(key);
        StoredObject wanted = new StoredObject(bytes, contentType == null ? DEFAULT_CONTENT_TYPE : contentType);
        if (current.isPresent() && current.get().equals(wanted)) {
            return WriteOutcome.UNCHANGED;
        }
        put(key, bytes, wanted.contentType());
        return current.isPresent() ? WriteOutcome.REPLACED : WriteOutcome.CREATED;
    }

    private static final class WithoutExpectContinue implements ExecutionInterceptor {
        @Override
        public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return context.httpRequest().toBuilder().removeHeader("Expect").build();
        }
    }

    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(config.bucket()).key(key));
    }

    @Override
    public void close() {
        s3.close();
    }
}
