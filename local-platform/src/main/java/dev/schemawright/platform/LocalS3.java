package dev.schemawright.platform;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * A real S3 API server (S3Proxy) in this JVM: in memory for tests, on the filesystem for {@code ./schemawright up}
 * ({@code java dev.schemawright.platform.LocalS3 --port 9000 --data-dir DIR}). Path-style addressing only; the
 * credentials and bucket default to the {@code schemawright.storage.*} defaults every service uses.
 */
public final class LocalS3 implements AutoCloseable {
    public static final String DEFAULT_ACCESS_KEY = "local";
    public static final String DEFAULT_SECRET_KEY = "local-secret";
    public static final String DEFAULT_BUCKET = "schemawright";
    public static final String READY_PREFIX = "READY s3 ";
    static final String USAGE = "LocalS3 [--port 9000] [--data-dir DIR] [--host 127.0.0.1] [--bucket schemawright]"
            + " [--access-key local] [--secret-key local-secret]";
    private static final long MAX_OBJECT_BYTES = 64L * 1024 * 1024;

    private final S3Proxy proxy;
    private final URI endpoint;

    private LocalS3(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /** In memory, on a free port, default credentials and bucket: the test setup. */
    public static LocalS3 startTransient() {
        return start("127.0.0.1", 0, null, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, DEFAULT_BUCKET);
    }

    /** Port 0 picks a free port; a null data dir keeps objects in memory. The bucket is created if missing. */
    public static LocalS3 start(String host, int port, Path dataDir, String accessKey, String secretKey, String bucket) {
        QuietLogs.applyToJul();
        BlobStore store = dataDir == null ? new TransientNio2BlobStore() : new FilesystemNio2BlobStore(CommandLine.createDirectories(dataDir).toString());
        if (!store.containerExists(bucket)) {
            store.createContainer(bucket);
        }
        URI endpoint = URI.create("http://" + host + ":" + FreePorts.orPick(port));
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .v4MaxNonChunkedRequestSize(MAX_OBJECT_BYTES)
                .build();
        try {
            proxy.start();
            waitUntilStarted(proxy);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start on " + endpoint, e);
        }
        return new LocalS3(proxy, endpoint);
    }

    private static void waitUntilStarted(S3Proxy proxy) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy state " + proxy.getState());
            }
            Thread.sleep(10);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }


    /** Runs until SIGTERM/SIGINT; prints {@code READY s3 endpoint=http://host:port bucket=...}. */
    public static void main(String[] args) throws InterruptedException {
        QuietLogs.configureSimpleLogger();
        CommandLine cli = new CommandLine(args, USAGE, "port", "data-dir", "host", "bucket", "access-key", "secret-key");
        String bucket = cli.text("bucket", DEFAULT_BUCKET);
        LocalS3 s3 = start(cli.text("host", "127.0.0.1"), cli.intValue("port", 9000), cli.path("data-dir").orElse(null),
                cli.text("access-key", DEFAULT_ACCESS_KEY), cli.text("secret-key", DEFAULT_SECRET_KEY), bucket);
        CommandLine.serveUntilTerminated(s3, READY_PREFIX + "endpoint=" + s3.endpoint() + " bucket=" + bucket);
    }
}
