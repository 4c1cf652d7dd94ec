package dev.schemawright.cli.keys;

import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.Ids;
import dev.schemawright.storage.ObjectStore;
import dev.schemawright.storage.StorageConfig;
import dev.schemawright.storage.keys.ApiKeyStore;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keys create TENANT [--admin]}: a new API key, written (as its hash) to the object storage the services read
 * keys from. Storage is the local platform's unless {@code SCHEMAWRIGHT_STORAGE_*} say otherwise, the same variables a
 * deployment gives the services, so the same command makes keys for production.
 */
@Command(name = "keys", description = {"Make and revoke API keys (stored hashed in object storage; the services read them there).",
        "Storage: the local platform's, or SCHEMAWRIGHT_STORAGE_ENDPOINT / _BUCKET / _ACCESS_KEY / _SECRET_KEY / _REGION / _PATH_STYLE."},
        subcommands = {KeysCommand.Create.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw UserError.usage("keys needs a subcommand: create TENANT [--admin] or revoke (reads the key from SCHEMAWRIGHT_API_KEY)");
    }

    /** The storage every service is told about, from the same environment variables (defaults: the local platform). */
    public static StorageConfig storageFromEnvironment() {
        return StorageConfig.from(name -> Optional.ofNullable(System.getenv(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))));
    }

    /** Makes a key; the CLI's demo uses it too. */
    public static String create(String tenantId, boolean admin, String label) {
        if (!Ids.isTenantId(tenantId)) {
            throw UserError.usage("'" + tenantId + "' is not a tenant id: 1-40 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        try (ObjectStore store = new ObjectStore(storageFromEnvironment())) {
            return new ApiKeyStore(store).create(tenantId, admin, label);
        } catch (RuntimeException e) {
            if (e instanceof UserError) {
                throw e;
            }
            throw UserError.failed("cannot write the key to object storage at " + storageFromEnvironment().endpoint()
                    + " (is the platform up? ./schemawright up): " + e.getMessage());
        }
    }

    @Command(name = "create", description = {"Print a new API key for TENANT (only this once: only its hash is stored).",
            "Use it as SCHEMAWRIGHT_API_KEY, or send it as 'Authorization: Bearer <key>'."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TENANT", description = "The tenant the key acts for (a-z, 0-9, '-').")
        String tenant;

        @Option(names = "--admin", description = "The key may also use admin-only routes (batches from storage prefixes).")
        boolean admin;

        @Option(names = "--label", paramLabel = "TEXT", description = "What the key is for (stored with it). Default: cli.")
        String label = "cli";

        @Override
        public Integer call() {
            String key = create(tenant, admin, label);
            spec.commandLine().getOut().println(key);
            spec.commandLine().getErr().println("schemawright: " + (admin ? "admin " : "") + "key for tenant " + tenant
                    + " created; it is shown once: export SCHEMAWRIGHT_API_KEY=<the key above>");
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", description = "Delete the key in SCHEMAWRIGHT_API_KEY from storage (the services forget it within 30 s).")
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String key = System.getenv("SCHEMAWRIGHT_API_KEY");
            if (key == null || key.isBlank()) {
                throw UserError.usage("set SCHEMAWRIGHT_API_KEY to the key to revoke (keys never go on a command line)");
            }
            try (ObjectStore store = new ObjectStore(storageFromEnvironment())) {
                boolean revoked = new ApiKeyStore(store).revoke(key.strip());
                spec.commandLine().getOut().println(revoked ? "revoked" : "no such key");
                return revoked ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
    }
}
