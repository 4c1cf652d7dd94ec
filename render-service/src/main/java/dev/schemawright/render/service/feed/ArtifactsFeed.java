package dev.schemawright.render.service.feed;

import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.render.service.Channels;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Live artifacts-ready events for Server-Sent Events. Fed from the topic (not from this instance's render path), so
 * every instance streams every project's events whichever instance rendered them.
 */
@ApplicationScoped
public class ArtifactsFeed {
    private static final Logger LOG = Logger.getLogger(ArtifactsFeed.class);
    /** Per subscriber: a slow client drops its oldest events rather than failing the stream. */
    private static final int SUBSCRIBER_BUFFER = 1024;

    private final BroadcastProcessor<ArtifactsReadyEvent> processor = BroadcastProcessor.create();

    @Incoming(Channels.ARTIFACTS_FEED)
    public void onEvent(byte[] payload) {
        try {
            processor.onNext(JsonCodec.fromBytes(payload, ArtifactsReadyEvent.class));
        } catch (JsonCodec.MalformedEventException e) {
            // not ours to dead-letter: the feed only reads; render's own channel owns the topic's quality
            LOG.warnf("skipped an undecodable artifacts-ready record: %s", e.getMessage());
        }
    }

    public Multi<ArtifactsReadyEvent> events() {
        return processor.onOverflow().buffer(SUBSCRIBER_BUFFER);
    }
}
