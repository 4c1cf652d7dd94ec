package dev.schemawright.render.service.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json, including the framework's own 404/405/406. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response raised(Problem.Raised e) {
        return e.response();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.response(status, "http-" + status, title, e.getMessage());
    }
}
