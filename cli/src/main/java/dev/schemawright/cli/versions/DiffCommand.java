package dev.schemawright.cli.versions;

import dev.schemawright.cli.ArtifactFolder;
import dev.schemawright.cli.ExitCodes;
import dev.schemawright.cli.UserError;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.Artifact;
import dev.schemawright.versions.Migration;
import dev.schemawright.versions.SchemaMigrator;
import dev.schemawright.versions.diff.Change;
import dev.schemawright.versions.migrate.MigrationOptions;
import dev.schemawright.versions.migrate.Provenance;
import dev.schemawright.versions.migrate.docs.MigrationDocRenderer;
import dev.schemawright.versions.migrate.prisma.PrismaMigrationFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff OLD NEW}: what changed between two designs, and the migration from the first to the second. */
@Command(name = "diff", sortOptions = false,
        description = {"What changed between two designs of a project, and the migration from the first to the second.",
                "OLD and NEW are run folders (written by design or submit) or model.json files.",
                "Prints the change list; with --out also writes migration.postgres.sql, migration.sqlite.sql, migration.md",
                "and a Prisma Migrate folder (prisma/migrations/<timestamp>_<name>/migration.sql)."},
        footer = {"", "Destructive changes (drops, narrowing types, removed enum values) are refused unless --allow-destructive:",
                "the migration keeps those elements, lists them commented out, and the command exits 1.",
                "", "Examples:", "  ./schemawright diff out/v1 out/v2", "  ./schemawright diff out/v1/model.json out/v2 --out out/migration --timestamp 20261207120000"})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier design: a run folder or its model.json.")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later design: a run folder or its model.json.")
    Path neu;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write the migration files to DIR.")
    Path out;

    @Option(names = "--allow-destructive", description = "Apply drops, narrowing type changes and removed enum values (they lose data).")
    boolean allowDestructive;

    @Option(names = "--no-renames", description = "Propose no renames: a renamed element is a drop and an add.")
    boolean noRenames;

    @Option(names = "--timestamp", paramLabel = "YYYYMMDDHHMMSS",
            description = "Timestamp of the Prisma migration folder; it must sort after your last migration. "
                    + "Default: SOURCE_DATE_EPOCH if set, else " + PrismaMigrationFolder.DEFAULT_TIMESTAMP + " (never the clock: the same designs give the same files).")
    String timestamp;

    @Override
    public Integer call() {
        SchemaModel from = ModelFile.read(old);
        SchemaModel to = ModelFile.read(neu);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!from.projectId().equals(to.projectId())) {
            stderr.printf("warn  %s is project %s, %s is project %s: comparing two different projects%n", old, from.projectId(), neu, to.projectId());
        }
        SchemaMigrator migrator = new SchemaMigrator();
        Migration m = migrator.plan(from, to, new MigrationOptions(allowDestructive, !noRenames));
        print(stdout, m);
        if (out != null) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Artifact a : migrator.render(m)) {
                files.put(a.name(), a.content());
            }
            String stamp = timestamp();
            ArtifactFolder.write(out, files);
            writeTree(out, migrator.prismaFolder(m, stamp));
            stdout.printf("wrote %s, %s, %s and prisma/migrations/%s/ -> %s%n", SchemaMigrator.POSTGRES, SchemaMigrator.SQLITE, SchemaMigrator.DOC,
                    PrismaMigrationFolder.name(stamp, MigrationDocRenderer.fingerprint(m.to())), out);
            if (timestamp == null && System.getenv("SOURCE_DATE_EPOCH") == null) {
                stdout.println("note  the Prisma folder's timestamp is a placeholder: pass --timestamp (after your last migration) or rename the folder");
            }
        }
        if (!m.complete()) {
            stderr.printf("schemawright: %d destructive change%s refused (kept in the database, listed in the migration): "
                    + "migrate that data by hand, or rerun with --allow-destructive%n", m.refused().size(), m.refused().size() == 1 ? " was" : "s were");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private String timestamp() {
        if (timestamp != null) {
            if (!PrismaMigrationFolder.TIMESTAMP.matcher(timestamp).matches()) {
                throw UserError.usage("--timestamp must be 14 digits, yyyyMMddHHmmss (got '" + timestamp + "')");
            }
            return timestamp;
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null) {
            if (!epoch.matches("\\d{1,12}")) {
                throw UserError.usage("SOURCE_DATE_EPOCH must be seconds since 1970 (got '" + epoch + "')");
            }
            return DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(Long.parseLong(epoch)));
        }
        return PrismaMigrationFolder.DEFAULT_TIMESTAMP;
    }

    /** The change list as a terminal shows it: one line per change, its risk and why. */
    static void print(PrintWriter out, Migration m) {
        Provenance why = new Provenance(m.diff().from(), m.diff().to());
        int n = m.diff().changes().size();
        out.printf("%s: %d change%s from model.json %s… to %s…%n", m.to().projectId(), n, n == 1 ? "" : "s",
                MigrationDocRenderer.fingerprint(m.from()), MigrationDocRenderer.fingerprint(m.to()));
        // a table's policies change together (one per command): one line per table, its policies listed in migration.md
        Map<String, List<Change>> policies = new LinkedHashMap<>();
        for (Change c : m.diff().changes()) {
            if (c instanceof Change.AddPolicy || c instanceof Change.DropPolicy || c instanceof Change.ModifyPolicy) {
                policies.computeIfAbsent(table(c), t -> new ArrayList<>()).add(c);
            }
        }
        for (Change c : m.diff().changes()) {
            List<Change> group = policies.get(table(c));
            if (group != null && group.contains(c)) {
                if (group.get(0) == c) {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    group.forEach(p -> counts.merge(p.kind().replace(" policy", ""), 1, Integer::sum));
                    List<String> sources = group.stream().flatMap(p -> p.sources().stream()).distinct().toList();
                    out.printf("  ~ %-26s table %s: %s%s%n", "policies", table(c), String.join(", ", counts.entrySet().stream()
                            .map(e -> e.getValue() + " " + (e.getKey().equals("add") ? "added" : e.getKey().equals("drop") ? "dropped" : "changed")).toList()),
                            why.because(sources, ""));
                }
                continue;
            }
            String risk = c.destructive() ? (m.complete() ? "  [destructive]" : "  [destructive, refused]") : c.risk() == Change.Risk.DATA ? "  [review]" : "";
            out.printf("  %s %-26s %s%s%s%s%n", symbol(c), c.kind(), c.element(), c.detail().isEmpty() ? "" : ": " + c.detail(), risk,
                    why.because(c.sources(), c.note()));
        }
    }

    private static String table(Change c) {
        return c instanceof Change.AddPolicy a ? a.table() : c instanceof Change.DropPolicy d ? d.table() : c instanceof Change.ModifyPolicy p ? p.table() : "";
    }

    private static char symbol(Change c) {
        String kind = c.kind().toLowerCase(Locale.ROOT);
        return kind.startsWith("add") || kind.startsWith("enable") ? '+' : kind.startsWith("drop") || kind.startsWith("disable") ? '-'
                : kind.startsWith("rename") ? '>' : '~';
    }

    /** Files under nested folders (the Prisma layout): each checked to stay inside {@code root}. */
    private static void writeTree(Path root, Map<String, byte[]> files) {
        try {
            Path base = root.toAbsolutePath().normalize();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = base.resolve(f.getKey()).normalize();
                if (!target.startsWith(base)) {
                    throw UserError.failed("refusing to write outside " + root + ": " + f.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
        } catch (IOException e) {
            throw UserError.failed("cannot write " + root + ": " + e);
        }
    }
}
