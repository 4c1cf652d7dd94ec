package dev.schemawright.ingestservice.problem;

import dev.schemawright.contracts.json.JsonCodec;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared Content-Length is over {@code quarkus.http.limits.max-body-size} before a byte of
 * it is read, with a problem body. Runs just ahead of Quarkus's own check, which answers the same 413 with no body.
 * (Bodies without a length that grow past the limit are caught by {@link ProblemMappers} as they stream.)
 */
@ApplicationScoped
public class OversizedRequestGuard {
    private final Optional<MemorySize> maxBodySize;

    public OversizedRequestGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        if (maxBodySize.isPresent()) {
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        }
        // When an extension installs Vert.x's body handler, it fails the request with a bare 413 before our check.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, "the request body is over the size limit of " + maxBodySize.map(MemorySize::asLongValue).orElse(-1L) + " bytes");
            } else {
                ctx.next();
            }
        });
    }

    private void check(RoutingContext ctx) {
        long limit = maxBodySize.orElseThrow().asLongValue();
        long length = declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (length <= limit) {
            ctx.next();
            return;
        }
        refuse(ctx, "the request is " + length + " bytes; the limit is " + limit + " bytes");
    }

    private static void refuse(RoutingContext ctx, String detail) {
        Problem problem = ProblemResponses.forStatus(413, detail, List.of()).withInstance(ctx.normalizedPath());
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(io.vertx.core.buffer.Buffer.buffer(JsonCodec.toBytes(problem)));
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
