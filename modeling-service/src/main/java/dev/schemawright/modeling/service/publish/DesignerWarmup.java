package dev.schemawright.modeling.service.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.modeling.service.design.RunModeling;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Designs built-in samples before the service reports ready (this runs during start-up), so the first run is not the
 * slow one: the requirements of four of corpus/examples' projects ({@code warm-up/*.json}, as ingest reads them), each
 * designed {@value #ROUNDS} times, which loads the language models and lets the JIT compile the passes' hot paths.
 */
@ApplicationScoped
public class DesignerWarmup {
    private static final Logger LOG = Logger.getLogger(DesignerWarmup.class);
    static final List<String> SAMPLES = List.of("book-club", "clinic-booking", "event-ticketing", "fleet-maintenance");
    static final int ROUNDS = 2;

    void warmUp(@Observes StartupEvent event, RunModeling modeling) {
        long start = System.nanoTime();
        List<List<Requirement>> samples = samples();
        for (int round = 0; round < ROUNDS; round++) {
            samples.forEach(modeling::warmUp);
        }
        LOG.infof("designer warmed up in %d ms (%d samples, %d rounds)", (System.nanoTime() - start) / 1_000_000, samples.size(), ROUNDS);
    }

    static List<List<Requirement>> samples() {
        List<List<Requirement>> out = new ArrayList<>();
        for (String name : SAMPLES) {
            try (InputStream in = DesignerWarmup.class.getResourceAsStream("/warm-up/" + name + ".json")) {
                if (in == null) {
                    LOG.warnf("warm-up sample %s is missing", name);
                    continue;
                }
                out.add(JsonCodec.mapper().readValue(in, new TypeReference<List<Requirement>>() { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                LOG.warnf("warm-up sample %s does not decode (%s)", name, e.getMessage());
            }
        }
        return out;
    }
}
