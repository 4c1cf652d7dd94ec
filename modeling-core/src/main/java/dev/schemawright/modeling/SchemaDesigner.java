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
                new EntityPass(), new AttributePass(), new RelationshipPass(),
                new WeakEntityPass(), new MultiValuedAttributePass(), new DuplicateEntityPass(), new AttributeGroupPass(),
                // answers name tables as the questions did, which were asked of the normalized model: apply them to it
                new AnswerRelationshipsPass(), new TransitiveLinkPass(),
                new ManyToManyPass(), new LogTablePass(), new AnswerValuesPass(), new EnumerationPass(),
                new UsersTablePass(), new ForeignKeyPass(), new AnswerSharingPass(), new TenancyPass(), new OwnershipPass(), new KeyPass(), new TimestampPass(),
                new StatedKeysPass(), new SoftDeleteAuditPass(), new ReferenceCyclePass(),
                new NamingPass(), new IndexPass(), new RowLevelSecurityPass(),
                new DecisionPass(), new OpenQuestionPass(), new UnappliedAnswerPass());
    }

    public SchemaModel design(String projectId, List<Requirement> requirements) {
        Intake intake = new StatementReader().read(requirements);
        SchemaModel empty = new SchemaModel(projectId, projectId, "", new TargetStack("PostgreSQL", AuthProvider.APPLICATION, KeyStrategy.UUID, ""),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return program.apply(DesignContext.start(projectId, intake, empty));
    }
}
