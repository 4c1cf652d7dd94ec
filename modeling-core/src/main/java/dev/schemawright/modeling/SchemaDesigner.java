package dev.schemawright.modeling;

import dev.schemawright.contracts.model.AuthProvider;
import dev.schemawright.contracts.model.KeyStrategy;
import dev.schemawright.contracts.model.SchemaModel;
import dev.schemawright.contracts.model.TargetStack;
import dev.schemawright.contracts.requirement.Requirement;
import dev.schemawright.modeling.clarify.AnswerRelationshipsPass;
import dev.schemawright.modeling.clarify.AnswerSharingPass;
import dev.schemawright.modeling.clarify.AnswerValuesPass;
import dev.schemawright.modeling.clarify.UnappliedAnswerPass;
import dev.schemawright.modeling.domain.ContentColumnPass;
import dev.schemawright.modeling.domain.AttributePass;
import dev.schemawright.modeling.domain.EntityPass;
import dev.schemawright.modeling.domain.RelationshipPass;
import dev.schemawright.modeling.intake.Intake;
import dev.schemawright.modeling.intake.NfrFlagsPass;
import dev.schemawright.modeling.intake.StackFactsPass;
import dev.schemawright.modeling.intake.StatementReader;
import dev.schemawright.modeling.normalize.ManyToManyPass;
import dev.schemawright.modeling.normalize.WeakEntityPass;
import dev.schemawright.modeling.normalize.TransitiveLinkPass;
import dev.schemawright.modeling.normalize.LogTablePass;
import dev.schemawright.modeling.normalize.EnumerationPass;
import dev.schemawright.modeling.normalize.DuplicateEntityPass;
import dev.schemawright.modeling.normalize.MultiValuedAttributePass;
import dev.schemawright.modeling.normalize.AttributeGroupPass;
import dev.schemawright.modeling.explain.DecisionPass;
import dev.schemawright.modeling.explain.OpenQuestionPass;
import dev.schemawright.modeling.explain.PurposePass;
import dev.schemawright.modeling.physical.ForeignKeyPass;
import dev.schemawright.modeling.physical.IndexPass;
import dev.schemawright.modeling.physical.KeyPass;
import dev.schemawright.modeling.physical.NamingPass;
import dev.schemawright.modeling.physical.OwnershipPass;
import dev.schemawright.modeling.physical.ReferenceCyclePass;
import dev.schemawright.modeling.physical.RowLevelSecurityPass;
import dev.schemawright.modeling.physical.StatedKeysPass;
import dev.schemawright.modeling.physical.TimestampPass;
import dev.schemawright.modeling.physical.UsersTablePass;
import dev.schemawright.modeling.physical.TenancyPass;
import dev.schemawright.modeling.physical.SoftDeleteAuditPass;
import java.util.List;

/**
 * Entry point of the modeling stage: a run's requirements in, the finished schema model out. Pure Java, deterministic,
 * thread-safe; the same code runs in modeling-service and in the CLI. The design is one ordered sequence of small
 * passes: intake, domain, normalize, physical, explain; the clarify passes apply a clarifications document's answers
 * where the passes after them build on them.
 */
public final class SchemaDesigner {
    private final DesignProgram program;

    public SchemaDesigner() {
        this(standardProgram());
    }

    public SchemaDesigner(DesignProgram program) {
        this.program = program;
    }

    public static DesignProgram standardProgram() {
        return DesignProgram.sequence(
                new StackFactsPass(), new NfrFlagsPass(),
                new EntityPass(), new AttributePass(), new ContentColumnPass(), new RelationshipPass(),
                new WeakEntityPass(), new MultiValuedAttributePass(), new DuplicateEntityPass(), new AttributeGroupPass(),
                // answers name tables as the questions did, which were asked of the normalized model: apply them to it
                new AnswerRelationshipsPass(), new TransitiveLinkPass(),
                new ManyToManyPass(), new LogTablePass(), new AnswerValuesPass(), new EnumerationPass(),
                new UsersTablePass(), new ForeignKeyPass(), new AnswerSharingPass(), new TenancyPass(), new OwnershipPass(), new KeyPass(), new TimestampPass(),
                new StatedKeysPass(), new SoftDeleteAuditPass(), new ReferenceCyclePass(),
                new NamingPass(), new IndexPass(), new RowLevelSecurityPass(),
                new PurposePass(), new DecisionPass(), new OpenQuestionPass(), new UnappliedAnswerPass(),
                new dev.schemawright.modeling.read.LanguagePass());
    }

    /** Designs within {@link Deadline#DEFAULT_BUDGET}. */
    public SchemaModel design(String projectId, List<Requirement> requirements) {
        return design(projectId, requirements, Deadline.DEFAULT_BUDGET);
    }

    /**
     * Designs within {@code budget} of CPU time; throws {@link DesignTimeExceededException} when it runs out (or when the designing
     * thread is interrupted), so a crafted document can never hold the thread that designs it.
     */
    public SchemaModel design(String projectId, List<Requirement> requirements, java.time.Duration budget) {
        Deadline deadline = Deadline.after(budget);
        return deadline.during(() -> designWithin(projectId, requirements, deadline));
    }

    private SchemaModel designWithin(String projectId, List<Requirement> requirements, Deadline deadline) {
        Intake intake = new StatementReader().read(requirements);
        SchemaModel empty = new SchemaModel(projectId, projectId, "", new TargetStack("PostgreSQL", AuthProvider.APPLICATION, KeyStrategy.UUID, ""),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return program.apply(DesignContext.start(projectId, intake, empty, deadline));
    }
}
