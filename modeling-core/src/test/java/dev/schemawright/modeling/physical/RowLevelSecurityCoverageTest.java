package dev.schemawright.modeling.physical;

import dev.schemawright.modeling.ModelQueries;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.Decision;
import dev.schemawright.contracts.model.Policy;
import dev.schemawright.contracts.model.PolicyCommand;
import dev.schemawright.contracts.model.PolicyRule;
import dev.schemawright.contracts.model.PolicyRuleKind;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.requirement.InputDocument;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.ingest.Ingestor;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.DesignProgram;
import dev.schemawright.modeling.SchemaDesigner;
import dev.schemawright.modeling.intake.StackFactsPass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over the real dev corpus, each project designed once with Supabase Auth and once with application-owned users
 * (whatever its tech stack says): every table has RLS on and exactly one policy per command, for the mode's role; every
 * rule names columns and tables that exist; rows under users' rows are never shared with everyone; the decision says so.
 */
class RowLevelSecurityCoverageTest {
    private static final Ingestor INGESTOR = new Ingestor();

    static Stream<Arguments> projectsInBothAuthModes() throws IOException {
        Path dir = Path.of("../corpus/dev");
        List<Path> projects;
        try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(projects).as("dev corpus projects").isNotEmpty();
        return projects.stream().flatMap(p -> Stream.of(Arguments.of(p.getFileName().toString(), AuthProvider.SUPABASE),
                Arguments.of(p.getFileName().toString(), AuthProvider.APPLICATION)));
    }

    @ParameterizedTest(name = "{0} with {1} auth")
    @MethodSource("projectsInBothAuthModes")
    void everyTableHasRlsAndOnePolicyPerCommand(String project, AuthProvider auth) throws IOException {
        SchemaModel m = design(project, auth);
        String role = auth == AuthProvider.SUPABASE ? ModelQueries.SUPABASE_ROLE : ModelQueries.APPLICATION_ROLE;
        assertThat(m.stack().auth()).isEqualTo(auth);
        for (Table t : m.tables()) {
            assertThat(t.rlsEnabled()).as(t.name() + " has RLS").isTrue();
            assertThat(t.policies()).as(t.name() + ": one policy per command").extracting(Policy::command).containsExactly(PolicyCommand.values());
            assertThat(t.policies()).as(t.name() + ": policies for " + role).extracting(Policy::role).containsOnly(role);
            for (Policy p : t.policies()) {
                assertRuleResolves(m, t, p);
            }
            PolicyRule read = t.policies().get(0).rule();
            if (read.kind() == PolicyRuleKind.AUTHENTICATED) {
                assertThat(t.foreignKeys()).as(t.name() + " is shared with everyone, so no parent of it may be private").noneMatch(fk -> !fk.external()
                        && !fk.refTable().equals(t.name()) && m.table(fk.refTable()).map(RowLevelSecurityCoverageTest::privateRows).orElse(false)
                        && !fk.refTable().equals(ModelQueries.userTable(m)));
            }
        }
        Decision rls = m.decisions().stream().filter(d -> d.id().equals("decision-rls")).findFirst().orElseThrow();
        assertThat(rls.choice()).contains(role).contains("one policy per command");
        assertThat(rls.alternative()).isNotBlank();
    }

    /** Rows some users may read and others may not. */
    private static boolean privateRows(Table t) {
        PolicyRuleKind k = t.policies().get(0).rule().kind();
        return k != PolicyRuleKind.AUTHENTICATED && k != PolicyRuleKind.DENY;
    }

    private static void assertRuleResolves(SchemaModel m, Table t, Policy p) {
        PolicyRule r = p.rule();
        String where = t.name() + "." + p.name();
        if (r.column() != null) {
            assertThat(t.hasColumn(r.column())).as(where + ": column " + r.column()).isTrue();
        }
        if (r.orOwnerColumn() != null) {
            assertThat(t.hasColumn(r.orOwnerColumn())).as(where + ": column " + r.orOwnerColumn()).isTrue();
        }
        if (r.parentTable() != null) {
            Table parent = m.table(r.parentTable()).orElseThrow(() -> new AssertionError(where + ": no table " + r.parentTable()));
            assertThat(parent.hasColumn(r.parentKeyColumn())).as(where + ": " + r.parentTable() + "." + r.parentKeyColumn()).isTrue();
            if (r.parentOwnerColumn() != null) {
                assertThat(parent.hasColumn(r.parentOwnerColumn())).as(where + ": " + r.parentTable() + "." + r.parentOwnerColumn()).isTrue();
            }
        }
    }

    /** The standard design with the auth provider replaced right after the stack facts are read. */
    static SchemaModel design(String project, AuthProvider auth) throws IOException {
        List<DesignPass> passes = new ArrayList<>();
        for (DesignPass pass : SchemaDesigner.standardProgram().passes()) {
            passes.add(pass);
            if (pass instanceof StackFactsPass) {
                passes.add(ctx -> ctx.model().withStack(new TargetStack(ctx.model().stack().database(), auth,
                        ctx.model().stack().keys(), ctx.model().stack().orm())));
            }
        }
        return new SchemaDesigner(new DesignProgram(passes)).design(project, requirements(Path.of("../corpus/dev", project)));
    }

    private static List<Requirement> requirements(Path project) throws IOException {
        List<InputDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(project)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                docs.add(new InputDocument(f.getFileName().toString(), null, Files.readAllBytes(f)));
            }
        }
        return INGESTOR.ingest(docs).requirements();
    }
}
