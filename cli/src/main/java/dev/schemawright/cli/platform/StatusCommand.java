package dev.schemawright.cli.platform;

import dev.schemawright.cli.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "status")
public final class StatusCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw UserError.failed("status: not yet available");
    }
}
