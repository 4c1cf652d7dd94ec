package dev.schemawright.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kafka (with the pipeline topics) and S3 (with the bucket) in this JVM, started once and shared by every test
 * class of the JVM; stopped by a shutdown hook.
 */
public final class LocalPlatform {
    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String STORAGE_ENDPOINT = "schemawright.storage.endpoint";
    public static final String STORAGE_BUCKET = "schemawright.storage.bucket";
    public static final String STORAGE_ACCESS_KEY = "schemawright.storage.access-key";
    public static final String STORAGE_SECRET_KEY = "schemawright.storage.secret-key";
    public static final String STORAGE_PATH_STYLE = "schemawright.storage.path-style";

    private static LocalPlatform shared;

    private final LocalKafka kafka;
    private final LocalS3 s3;

    private LocalPlatform(LocalKafka kafka, LocalS3 s3) {
        this.kafka = kafka;
        this.s3 = s3;
    }

    public static synchronized LocalPlatform shared() {
        if (shared == null) {
            LocalS3 s3 = LocalS3.startTransient();
            LocalKafka kafka = LocalKafka.start(0, null);
            PipelineTopics.create(kafka);
            shared = new LocalPlatform(kafka, s3);
            Runtime.getRuntime().addShutdownHook(new Thread(LocalPlatform::stopShared, "local-platform-shutdown"));
        }
        return shared;
    }

    public static synchronized void stopShared() {
        if (shared != null) {
            shared.kafka.close();
            shared.s3.close();
            shared = null;
        }
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalS3 s3() {
        return s3;
    }

    /** The configuration a service needs to talk to this platform (same keys for -D flags and Quarkus config). */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(KAFKA_BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        config.put(STORAGE_ENDPOINT, s3.endpoint().toString());
        config.put(STORAGE_BUCKET, LocalS3.DEFAULT_BUCKET);
        config.put(STORAGE_ACCESS_KEY, LocalS3.DEFAULT_ACCESS_KEY);
        config.put(STORAGE_SECRET_KEY, LocalS3.DEFAULT_SECRET_KEY);
        config.put(STORAGE_PATH_STYLE, "true");
        return Map.copyOf(config);
    }
}
