package dev.schemawright.cli.platform;

import dev.schemawright.cli.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "down")
public final class DownCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw UserError.failed("down: not yet available");
    }
}
