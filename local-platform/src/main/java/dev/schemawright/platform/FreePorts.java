package dev.schemawright.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Tests never bind fixed ports: several builds share the machine. */
public final class FreePorts {
    private FreePorts() {
    }

    public static int pick() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** {@code requested} unless it is 0, which means "any free port". */
    public static int orPick(int requested) {
        return requested == 0 ? pick() : requested;
    }
}
