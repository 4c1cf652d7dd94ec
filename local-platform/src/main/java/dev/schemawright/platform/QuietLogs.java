package dev.schemawright.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The broker and S3Proxy log every request at INFO; drown nothing else in it. */
final class QuietLogs {
    static final List<String> NOISY = List.of("kafka", "org.apache.kafka", "state.change.logger", "org.gaul", "org.eclipse.jetty",
            "io.smallrye.reactive.messaging.kafka.companion");
    // JUL keeps loggers weakly: hold them, or the level is lost on the next GC.
    private static final List<Logger> HELD = new ArrayList<>();

    private QuietLogs() {
    }

    /** For a JVM whose slf4j binding is slf4j-simple (the stand-alone mains); must run before the first logger. */
    static void configureSimpleLogger() {
        // the test classpath also carries jboss-logmanager's provider; the mains always log through slf4j-simple
        System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "info"));
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        for (String name : NOISY) {
            String key = "org.slf4j.simpleLogger.log." + name;
            System.setProperty(key, System.getProperty(key, "warn"));
        }
        applyToJul();
    }

    /** For JUL-backed JVMs (jboss-logmanager in Quarkus tests, jboss-logging's JUL fallback). */
    static synchronized void applyToJul() {
        for (String name : NOISY) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            HELD.add(logger);
        }
    }
}
