package dev.schemawright.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launches the real LocalS3 main as a child process, the way ./schemawright up does. */
class ServiceLauncherTest {

    @Test
    void launchesWaitsForReadyRecordsThePidAndStopsFromAnotherLauncher(@TempDir Path dir) throws Exception {
        int port = FreePorts.pick();
        Path runDir = dir.resolve("run");
        ServiceLauncher launcher = new ServiceLauncher(runDir);
        LaunchedService s3 = launcher.launch(ServiceSpec.localS3(port, dir.resolve("s3-data")));

        assertThat(Files.readString(runDir.resolve("s3.pid"))).startsWith(s3.pid() + "\n");
        assertThat(Files.readString(s3.log())).contains(LocalS3.READY_PREFIX + "endpoint=http://127.0.0.1:" + port);
        assertThat(httpStatus(URI.create("http://127.0.0.1:" + port + "/"))).isEqualTo(403); // up, and it wants a signature
        assertThat(ServiceLauncher.aliveRecorded(runDir)).containsExactly("s3");

        // `down` runs in another JVM: it only has the run directory
        List<String> stopped = ServiceLauncher.stopRecorded(runDir);
        assertThat(stopped).containsExactly("s3");
        assertThat(ProcessHandle.of(s3.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(runDir.resolve("s3.pid")).doesNotExist();
        assertThat(dir.resolve("s3-data").resolve(LocalS3.DEFAULT_BUCKET)).isDirectory();
    }

    @Test
    void aProcessThatDiesBeforeReadyFailsWithItsLog(@TempDir Path dir) {
        ServiceLauncher launcher = new ServiceLauncher(dir);
        ServiceSpec bad = ServiceSpec.javaMain("bad", System.getProperty("java.class.path"), LocalS3.class.getName(),
                List.of("--no-such-flag", "x"), LocalS3.READY_PREFIX);
        assertThatThrownBy(() -> launcher.launch(bad))
                .hasMessageContaining("bad exited with")
                .hasMessageContaining("usage: LocalS3");
        assertThat(dir.resolve("bad.pid")).doesNotExist();
    }

    private static int httpStatus(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
