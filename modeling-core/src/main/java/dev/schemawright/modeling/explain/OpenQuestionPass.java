package dev.schemawright.modeling.explain;

import dev.schemawright.modeling.ModelQueries;
import dev.schemawright.contracts.model.CheckKind;
import dev.schemawright.contracts.model.Column;
import dev.schemawright.contracts.model.ForeignKey;
import dev.schemawright.contracts.model.Diagnostic;
import dev.schemawright.contracts.model.EnumType;
import dev.schemawright.contracts.model.OpenQuestion;
import dev.schemawright.contracts.model.Relationship;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.Severity;
import dev.schemawright.contracts.model.Table;
import dev.schemawright.contracts.model.TableKind;
import dev.schemawright.modeling.DesignContext;
import dev.schemawright.modeling.DesignPass;
import dev.schemawright.modeling.read.DesignCues;
import dev.schemawright.modeling.read.DesignCues.Cue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.UnaryOperator;

/**
 * The questions a data architect would put to the product owner, each with the assumption the design took meanwhile:
 * many-to-many links, optional parents, closed value lists, private-versus-shared data; tables the documents give no
 * field of their own, state columns whose history may matter, counts that may be derived, limits the documents state,
 * sharing and role sentences no policy answers (see {@link SharingPaths}), and volume when no figure is given. Questions a clarifications
 * document answered are already in the model (see the clarify passes) and are not asked again, also when the answer
 * changed what the question would now be (a one-to-many link that became many-to-many).
 */
public final class OpenQuestionPass implements DesignPass {
    @Override
    public SchemaModel apply(DesignContext ctx) {
        SchemaModel m = ctx.model();
        List<OpenQuestion> out = new ArrayList<>(m.openQuestions());
        List<OpenQuestion> answered = out.stream().filter(OpenQuestion::answered).toList();
        for (Relationship r : m.relationships()) {
            if (!answered(r, answered)) {
                add(out, Questions.raisedBy(r, UnaryOperator.identity()));
            }
        }
        for (EnumType e : m.enums()) {
            add(out, Questions.enumValues(e));
        }
        for (Table t : m.tables()) {
            boolean shared = t.kind() == TableKind.ENTITY && t.foreignKeys().isEmpty() && !t.name().equals("profiles") && !t.name().equals("users");
            if (shared) {
                add(out, Questions.sharing(t.name(), UnaryOperator.identity(), Questions.sharedByAll(), t.sources()));
            }
            t.checks().stream().filter(c -> c.kind() == CheckKind.IN_VALUES).findFirst()
                    .ifPresent(c -> add(out, Questions.checkValues(t.name(), c.columns().get(0), c.sources())));
        }
        DesignCues.Reading cues = DesignCues.of(ctx);
        for (Table t : m.tables()) {
            designQuestions(m, t, out);
        }
        Map<String, Cue> byWho = new LinkedHashMap<>();
        for (Cue c : SharingPaths.unmapped(m, cues.of(DesignCues.Kind.SHARING))) {
            // "tenant or administrator": a question for each; "admins" and "administrator" are one person
            for (String part : (c.subject().isBlank() ? "other user" : c.subject()).split(" (?:or|and) |/")) {
                String who = SharingPaths.person(part.strip());
                String id = Questions.ACCESS + Questions.key(who.replace(' ', '_'));
                if (byWho.putIfAbsent(id, c) == null) {
                    add(out, Questions.access(who, c.text(), SharingPaths.administrator(who), ownedTables(m), List.of(c.source())));
                }
                // the same person again: the question they raised lists every sentence that names them
                out.replaceAll(q -> q.id().equals(id) && !q.answered() && !q.sources().contains(c.source()) ? withSource(q, c.source()) : q);
            }
        }
        int limits = (int) out.stream().filter(q -> q.id().startsWith(Questions.LIMIT)).count();
        for (Cue c : cues.of(DesignCues.Kind.VOLUME)) {
            if (c.rule().equals("limit") && limits < MAX_LIMIT_QUESTIONS && !c.subject().isBlank() && !MEASURE.matcher(c.subject()).lookingAt()) {
                int before = out.size();
                add(out, Questions.limit(c.subject(), c.text(), List.of(c.source())));
                limits += out.size() - before;
            }
        }
        if (cues.of(DesignCues.Kind.VOLUME).stream().noneMatch(c -> c.rule().equals("volume"))) {
            List<Table> main = m.tables().stream().filter(t -> t.kind() == TableKind.ENTITY && !isUsers(m, t) && !t.sources().isEmpty()).limit(2).toList();
            add(out, Questions.volume(main.stream().map(Table::name).toList(), main.stream().flatMap(t -> t.sources().stream()).distinct().limit(4).toList()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(m.diagnostics());
        if (m.tables().stream().noneMatch(t -> t.kind() == TableKind.ENTITY && !t.name().equals("profiles") && !t.name().equals("users"))
                && diagnostics.stream().noneMatch(d -> d.code().equals("no-entities"))) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "no-entities", "No domain entities were found in the requirements; only user tables were designed", List.of()));
        }
        return m.withOpenQuestions(out).withDiagnostics(diagnostics);
    }

    private static final int MAX_LIMIT_QUESTIONS = 3;
    /** "up to 500 characters", "max 5 MB": a measure of one value (a length or size CHECK), not a count of rows. */
    private static final Pattern MEASURE = Pattern.compile("(?:char|character|letter|word|digit|decimal|place|symbol|byte|kb|mb|gb|second|minute|hour|day|week|month|year|percent|%)");
    private static final Set<String> CONVENTION_COLUMNS = Set.of("id", "created_at", "updated_at", "deleted_at", "created_by", "updated_by", "user_id");
    private static final Pattern STATE = Pattern.compile("(?:.*_)?(?:status|state|stage|phase)");
    private static final Pattern DERIVED_NAME = Pattern.compile("(?:.*_count|.*_total|total_.*|average_.*|avg_.*|.*_average|.*_avg|.*_sum|num_.*|number_of_.*)");

    /** Questions the table's own shape raises: no field of its own, a state whose history may matter, a count that may be derived. */
    private static void designQuestions(SchemaModel m, Table t, List<OpenQuestion> out) {
        if (t.kind() == TableKind.JOIN || isApplicationUsers(t)) {
            return;
        }
        List<Column> business = businessColumns(t);
        if (business.isEmpty()) {
            List<String> owned = m.tables().stream().filter(o -> o != t && o.kind() != TableKind.JOIN && o.foreignKeys().stream()
                    .anyMatch(fk -> fk.columns().equals(List.of("user_id")))).map(Table::name).toList();
            add(out, Questions.fields(t.name(), isUsers(m, t), owned, t.sources()));
            return;
        }
        boolean logged = m.tables().stream().anyMatch(l -> l.kind() == TableKind.LOG && l.foreignKeys().stream().anyMatch(fk -> fk.refTable().equals(t.name())));
        if (t.kind() != TableKind.LOG && !logged) {
            business.stream().filter(c -> STATE.matcher(c.name()).matches()).findFirst()
                    .ifPresent(c -> add(out, Questions.history(t.name(), c.name(), c.sources().isEmpty() ? t.sources() : c.sources())));
        }
        business.stream().filter(c -> DERIVED_NAME.matcher(c.name()).matches()).findFirst()
                .ifPresent(c -> add(out, Questions.derived(t.name(), c.name(), c.sources().isEmpty() ? t.sources() : c.sources())));
    }

    /** Columns that say something of the thing itself: not its key, a reference, or a convention (timestamps, owner). */
    static List<Column> businessColumns(Table t) {
        java.util.Set<String> references = new java.util.HashSet<>();
        t.foreignKeys().stream().map(ForeignKey::columns).forEach(references::addAll);
        return t.columns().stream().filter(c -> !t.primaryKey().contains(c.name()) && !references.contains(c.name()) && !CONVENTION_COLUMNS.contains(c.name())).toList();
    }

    /** Tables whose rows a user owns (a user_id key), for wording questions about everyone else. */
    private static List<String> ownedTables(SchemaModel m) {
        return m.tables().stream().filter(t -> t.kind() != TableKind.JOIN && t.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(List.of("user_id"))))
                .map(Table::name).toList();
    }

    private static boolean isUsers(SchemaModel m, Table t) {
        return t.name().equals("profiles") || t.name().equals("profile") || isApplicationUsers(t) || t.name().equals(ModelQueries.userTable(m));
    }

    private static boolean isApplicationUsers(Table t) {
        return t.description().equals(ModelQueries.APPLICATION_USERS);
    }

    private static OpenQuestion withSource(OpenQuestion q, String source) {
        List<String> sources = new ArrayList<>(q.sources());
        sources.add(source);
        return new OpenQuestion(q.id(), q.question(), q.assumption(), sources);
    }

    /** A relationship an answer changed or confirmed carries the answer among its sources. */
    private static boolean answered(Relationship r, List<OpenQuestion> answered) {
        return answered.stream().anyMatch(q -> Questions.aboutRelationship(q.id()) && q.answeredBy().stream().anyMatch(r.sources()::contains));
    }

    private static void add(List<OpenQuestion> out, OpenQuestion q) {
        if (out.stream().noneMatch(x -> x.id().equals(q.id()))) {
            out.add(q);
        }
    }
}
