package dev.schemawright.cli.platform;

import dev.schemawright.cli.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "up")
public final class UpCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw UserError.failed("up: not yet available");
    }
}
