package dev.schemawright.render.service.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json, including the framework's own 404/405/406. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response raised(Problem.Raised e) {
        return e.response();
    }

    /** No key, or a key nobody issued: 401, with the Bearer challenge. */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(Problem.response(401, "unauthenticated", "Unauthorized",
                "send an API key as 'Authorization: Bearer <key>' (./schemawright keys create TENANT prints one)"))
                .header("WWW-Authenticate", "Bearer realm=\"schemawright\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "forbidden", "Forbidden", "this key may not use this route");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.response(status, "http-" + status, title, e.getMessage());
    }
}
