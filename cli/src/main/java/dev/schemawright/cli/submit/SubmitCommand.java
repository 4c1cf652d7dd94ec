package dev.schemawright.cli.submit;

import dev.schemawright.cli.UserError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "submit")
public final class SubmitCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw UserError.failed("submit: not yet available");
    }
}
