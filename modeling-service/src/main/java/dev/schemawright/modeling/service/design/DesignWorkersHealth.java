package dev.schemawright.modeling.service.design;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness that says what the design workers do. Always UP: a stuck design is the run's failure, not the service's,
 * and the consumer keeps going; restarting the service would only stop the other projects' designs.
 */
@Liveness
@ApplicationScoped
public class DesignWorkersHealth implements HealthCheck {
    private final RunModeling modeling;

    DesignWorkersHealth(RunModeling modeling) {
        this.modeling = modeling;
    }

    @Override
    public HealthCheckResponse call() {
        DesignWorkers w = modeling.workers();
        return HealthCheckResponse.named("design-workers").up()
                .withData("running", w.running()).withData("queued", w.queued()).withData("abandoned", w.abandoned())
                .withData("started", w.started()).withData("timeBoxMillis", w.timeBox().toMillis()).build();
    }
}
