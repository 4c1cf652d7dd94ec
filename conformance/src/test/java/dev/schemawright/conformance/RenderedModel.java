package dev.schemawright.conformance;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.render.Artifact;
import dev.schemawright.render.ArtifactRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A model and every artifact the renderers made of it, also written to a folder for the external tools to read. */
public final class RenderedModel {
    public static final List<String> EXPECTED = List.of("design.md", "db-plan.md", "schema.postgres.sql", "schema.sqlite.sql",
            "schema.prisma", "models.py", "erd.mmd", "model.json", "manifest.json");
    private static final ArtifactRenderer RENDERER = new ArtifactRenderer();

    private final String label;
    private final SchemaModel model;
    private final Map<String, Artifact> artifacts = new LinkedHashMap<>();
    private final Path dir;

    private RenderedModel(String label, SchemaModel model, List<Artifact> rendered, Path dir) {
        this.label = label;
        this.model = model;
        rendered.forEach(a -> artifacts.put(a.name(), a));
        this.dir = dir;
    }

    /** Where a test writes its artifacts: target/conformance/{suite} of this module, emptied first. */
    public static Path outputRoot(String suite) {
        Path root = Path.of("target", "conformance", suite).toAbsolutePath();
        try {
            if (Files.exists(root)) {
                try (var walk = Files.walk(root)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders {@code model} and writes its artifacts under {@code parent/label}. */
    public static RenderedModel render(String label, SchemaModel model, Path parent) {
        List<Artifact> rendered = RENDERER.renderAll(model);
        Path dir = parent.resolve(label.replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            Files.createDirectories(dir);
            for (Artifact a : rendered) {
                Files.write(dir.resolve(a.name()), a.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedModel(label, model, rendered, dir);
    }

    /** The same rendering with one artifact replaced: how the self-tests show a check catches a broken artifact. */
    public RenderedModel withArtifact(String name, String text) {
        List<Artifact> changed = artifacts.values().stream()
                .map(a -> a.name().equals(name) ? Artifact.text(name, a.contentType(), text) : a).toList();
        return new RenderedModel(label + " (" + name + " altered)", model, changed, dir);
    }

    public String label() {
        return label;
    }

    public SchemaModel model() {
        return model;
    }

    public boolean supabase() {
        return model.stack().auth() == AuthProvider.SUPABASE;
    }

    public Map<String, Artifact> artifacts() {
        return artifacts;
    }

    /** The text of an artifact; a missing one fails the check that needs it. */
    public String text(String name) {
        return artifact(name).text();
    }

    public Path file(String name) {
        artifact(name);
        return dir.resolve(name);
    }

    public Path dir() {
        return dir;
    }

    private Artifact artifact(String name) {
        Artifact a = artifacts.get(name);
        if (a == null) {
            throw new AssertionError(label + ": the renderers produced no " + name + " (got " + artifacts.keySet() + ")");
        }
        return a;
    }
}
