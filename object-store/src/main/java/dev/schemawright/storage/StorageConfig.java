package dev.schemawright.storage;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where objects live. Every service reads the same keys under {@code schemawright.storage.*} (see {@link #PREFIX});
 * the defaults match the local S3Proxy of {@code ./schemawright up}.
 */
public record StorageConfig(URI endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {
    public static final String PREFIX = "schemawright.storage";
    public static final String ENDPOINT = PREFIX + ".endpoint";
    public static final String REGION = PREFIX + ".region";
    public static final String BUCKET = PREFIX + ".bucket";
    public static final String ACCESS_KEY = PREFIX + ".access-key";
    public static final String SECRET_KEY = PREFIX + ".secret-key";
    public static final String PATH_STYLE = PREFIX + ".path-style";

    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:9000";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_BUCKET = "schemawright";
    public static final String DEFAULT_ACCESS_KEY = "local";
    public static final String DEFAULT_SECRET_KEY = "local-secret";

    public StorageConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        requireText(region, "region");
        requireText(bucket, "bucket");
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
    }

    public static StorageConfig defaults() {
        return new StorageConfig(URI.create(DEFAULT_ENDPOINT), DEFAULT_REGION, DEFAULT_BUCKET, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, true);
    }

    /** Reads the {@code schemawright.storage.*} keys from any source (system properties, a config map), with defaults. */
    public static StorageConfig from(Function<String, Optional<String>> source) {
        StorageConfig d = defaults();
        return new StorageConfig(
                URI.create(source.apply(ENDPOINT).orElse(DEFAULT_ENDPOINT)),
                source.apply(REGION).orElse(d.region),
                source.apply(BUCKET).orElse(d.bucket),
                source.apply(ACCESS_KEY).orElse(d.accessKey),
                source.apply(SECRET_KEY).orElse(d.secretKey),
                source.apply(PATH_STYLE).map(Boolean::parseBoolean).orElse(d.pathStyle));
    }

    public StorageConfig withEndpoint(URI newEndpoint) {
        return new StorageConfig(newEndpoint, region, bucket, accessKey, secretKey, pathStyle);
    }

    public StorageConfig withBucket(String newBucket) {
        return new StorageConfig(endpoint, region, newBucket, accessKey, secretKey, pathStyle);
    }

    @Override
    public String toString() {
        // never print the secret
        return "StorageConfig[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                + ", pathStyle=" + pathStyle + "]";
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
