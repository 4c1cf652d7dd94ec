package dev.schemawright.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: a real Kafka broker and S3Proxy in the test JVM, shared by all test classes. Use with
 * {@code @WithTestResource(value = KafkaAndS3TestResource.class, scope = TestResourceScope.GLOBAL)}.
 */
public class KafkaAndS3TestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return LocalPlatform.shared().serviceConfig();
    }

    @Override
    public void stop() {
        LocalPlatform.stopShared();
    }
}
