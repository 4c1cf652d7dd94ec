package dev.schemawright.cli.platform;

import java.util.List;

/**
 * Where the local platform listens (TEAM conventions: Kafka 9092, S3 9000, services 8080-8082), and the URLs a user
 * needs from it. Loopback only: nothing of the local platform is reachable from another machine.
 */
public record LocalPorts(int kafka, int s3, int ingest, int modeling, int render) {
    public static final String HOST = "127.0.0.1";
    public static final LocalPorts DEFAULT = new LocalPorts(9092, 9000, 8080, 8081, 8082);

    public List<Integer> all() {
        return List.of(kafka, s3, ingest, modeling, render);
    }

    public String kafkaBootstrap() {
        return HOST + ":" + kafka;
    }

    public String s3Endpoint() {
        return url(s3);
    }

    public String ingestUrl() {
        return url(ingest);
    }

    public String modelingUrl() {
        return url(modeling);
    }

    public String renderUrl() {
        return url(render);
    }

    static String url(int port) {
        return "http://" + HOST + ":" + port;
    }
}
