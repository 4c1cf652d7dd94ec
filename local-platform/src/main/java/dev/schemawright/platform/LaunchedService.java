package dev.schemawright.platform;

import java.nio.file.Path;
import java.time.Duration;

/** A started child process: its pid, where its output goes, and how long it took to become ready. */
public record LaunchedService(String name, long pid, Path log, Duration timeToReady, ServiceSpec spec) {
}
