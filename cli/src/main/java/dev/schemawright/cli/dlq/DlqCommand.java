package dev.schemawright.cli.dlq;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.event.Topics;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dlq list|replay TOPIC}: what landed on a dead-letter topic and why, and sending it back to its topic once the
 * cause is fixed (a consumer's bug, a broker or storage outage). Replay remembers how far it got (a consumer group per
 * topic), so replaying twice sends nothing twice; the consumers drop duplicates by event id anyway.
 */
@Command(name = "dlq", description = {"List or replay a dead-letter topic (TOPIC.dlq). TOPIC: a pipeline topic, e.g.",
        "schemawright.requirement.v1 or schemawright.model-ready.v1 (with or without .dlq)."},
        subcommands = {DlqCommand.ListRecords.class, DlqCommand.Replay.class})
public final class DlqCommand implements Runnable {
    static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";

    @Override
    public void run() {
        throw UserError.usage("dlq needs a subcommand: list TOPIC or replay TOPIC");
    }

    static String deadLetterTopic(String topic) {
        return topic.endsWith(Topics.DLQ_SUFFIX) ? topic : Topics.deadLetter(topic);
    }

    static String bootstrap(String option) {
        return option != null ? option : System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", DEFAULT_BOOTSTRAP);
    }

    @Command(name = "list", description = "Print each dead-letter record: offset, time, key, the reason it was dead-lettered, its size.")
    static final class ListRecords implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TOPIC")
        String topic;

        @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka. Default: $KAFKA_BOOTSTRAP_SERVERS or " + DEFAULT_BOOTSTRAP + ".")
        String bootstrap;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String dlq = deadLetterTopic(topic);
            var records = new DeadLetters(bootstrap(bootstrap)).list(dlq);
            for (DeadLetters.Letter l : records) {
                out.printf("%-6d %s  %-40s %6d bytes  %s%n", l.offset(), l.time(), l.key(), l.size(), l.reason());
            }
            out.println(records.size() + " record(s) on " + dlq);
            return ExitCodes.OK;
        }
    }

    @Command(name = "replay", description = {"Send the dead-letter records not replayed before back to the topic they came from",
            "(its dead-letter-topic header), with their keys and headers; print how many."})
    static final class Replay implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TOPIC")
        String topic;

        @Option(names = "--bootstrap", paramLabel = "HOST:PORT", description = "Kafka. Default: $KAFKA_BOOTSTRAP_SERVERS or " + DEFAULT_BOOTSTRAP + ".")
        String bootstrap;

        @Override
        public Integer call() {
            String dlq = deadLetterTopic(topic);
            int sent = new DeadLetters(bootstrap(bootstrap)).replay(dlq, dlq.substring(0, dlq.length() - Topics.DLQ_SUFFIX.length()));
            spec.commandLine().getOut().println("replayed " + sent + " record(s) from " + dlq);
            return ExitCodes.OK;
        }
    }
}
