package dev.schemawright.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemawright.contracts.event.ArtifactsReadyEvent;
import dev.schemawright.contracts.event.ModelReadyEvent;
import dev.schemawright.contracts.event.RequirementEvent;
import dev.schemawright.contracts.event.RunFailedEvent;
import dev.schemawright.contracts.event.PipelineEvent;
import dev.schemawright.contracts.tenant.Tenants;
import dev.schemawright.contracts.json.JsonCodec;
import dev.schemawright.contracts.model.IndexPredicate;
import dev.schemawright.contracts.model.IndexMethod;
import dev.schemawright.contracts.model.IndexCondition;
import dev.schemawright.contracts.model.IndexColumn;
import dev.schemawright.contracts.model.Index;
import dev.schemawright.contracts.model.PolicyRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Golden files pin the v1 wire format: an encoder change that alters bytes on the wire fails here, and each golden
 * file still decodes to the same record. Review golden diffs like code.
 */
class GoldenWireFormatTest {

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("requirement-event.json", Samples.requirementEvent(), RequirementEvent.class),
                Arguments.of("model-ready-event.json", Samples.modelReadyEvent(), ModelReadyEvent.class),
                Arguments.of("artifacts-ready-event.json", Samples.artifactsReadyEvent(), ArtifactsReadyEvent.class),
                Arguments.of("run-failed-event.json", Samples.runFailedEvent(), RunFailedEvent.class),
                Arguments.of("upload-event.json", Samples.uploadEvent(), dev.schemawright.contracts.event.UploadEvent.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void encodesExactlyAsGolden(String file, Object event, Class<?> type) throws IOException {
        assertThat(JsonCodec.toPrettyString(event)).isEqualTo(golden(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void goldenDecodesToTheSameRecord(String file, Object event, Class<?> type) throws IOException {
        assertThat(JsonCodec.fromString(golden(file), type)).isEqualTo(event);
        assertThat(JsonCodec.fromBytes(JsonCodec.toBytes(event), type)).isEqualTo(event);
    }

    /** Events written before tenants and retries existed still read: no tenantId is the default tenant, no attempt the first. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("preTenantEvents")
    void eventsFromBeforeTenantsReadAsTheDefaultTenantsFirstAttempt(String file, PipelineEvent expected) {
        PipelineEvent old = (PipelineEvent) JsonCodec.fromString(golden("pre-tenant/" + file), expected.getClass());
        assertThat(old.tenantId()).isEqualTo(Tenants.DEFAULT);
        assertThat(old.kafkaKey()).isEqualTo("default/flashcards");
        assertThat(old.eventId()).isEqualTo(expected.eventId());
        if (old instanceof ArtifactsReadyEvent) {
            // its object keys are of the old layout; the envelope is what must still read
            assertThat(old.runId()).isEqualTo(expected.runId());
        } else {
            assertThat(old).isEqualTo(expected);
        }
    }

    static Stream<Arguments> preTenantEvents() {
        return Stream.of(
                Arguments.of("requirement-event.json", Samples.requirementEvent(Tenants.DEFAULT)),
                Arguments.of("model-ready-event.json", Samples.modelReadyEvent(Tenants.DEFAULT)),
                Arguments.of("artifacts-ready-event.json", Samples.artifactsReadyEvent(Tenants.DEFAULT)),
                Arguments.of("run-failed-event.json", Samples.runFailedEvent(Tenants.DEFAULT)));
    }

    @Test
    void aRetryIsAnotherAttemptWithItsOwnEventIds() {
        RequirementEvent second = RequirementEvent.of(Samples.run(Samples.TENANT).next(), 1, 12, Samples.requirement());
        assertThat(second.eventId()).isEqualTo(Samples.RUN + "-a2-req-1");
        assertThat(JsonCodec.fromBytes(JsonCodec.toBytes(second), RequirementEvent.class).run().attempt()).isEqualTo(2);
        assertThatThrownBy(() -> JsonCodec.fromString(golden("requirement-event.json").replace("\"attempt\": 1", "\"attempt\": -1"),
                RequirementEvent.class)).hasMessageContaining("attempt");
        assertThatThrownBy(() -> JsonCodec.fromString(golden("requirement-event.json").replace("\"acme\"", "\"Acme/../x\""),
                RequirementEvent.class)).hasMessageContaining("tenantId");
    }

    @Test
    void unknownOptionalFieldsAreIgnoredWithinV1() throws IOException {
        String withExtra = golden("run-failed-event.json").replaceFirst("\\{", "{\"addedInV1_3\": 42,");
        assertThat(JsonCodec.fromString(withExtra, RunFailedEvent.class)).isEqualTo(Samples.runFailedEvent());
    }

    /** model.json written before questions could be answered (no answer, no answeredBy) still reads: the fields are additive. */
    @Test
    void modelWithOnlyOpenQuestionsFromBeforeAnswersStillDecodes() {
        ModelReadyEvent old = JsonCodec.fromString(golden("pre-tenant/model-ready-event-open-questions-only.json"), ModelReadyEvent.class);
        ModelReadyEvent current = Samples.modelReadyEvent();
        assertThat(old.model().openQuestions()).containsExactly(current.model().openQuestions().get(0));
        assertThat(old.model().openQuestions().get(0).answered()).isFalse();
        assertThat(old.model().openQuestions().get(0).answeredBy()).isEmpty();
        assertThat(old.model().withOpenQuestions(current.model().openQuestions())).isEqualTo(current.model());
    }

    @Test
    void anOpenQuestionWritesNeitherAnswerNorAnsweredBy() {
        String open = JsonCodec.toPrettyString(Samples.modelReadyEvent().model().openQuestions().get(0));
        assertThat(open).doesNotContain("answer");
        assertThatThrownBy(() -> Samples.modelReadyEvent().model().openQuestions().get(0).withAnswer(null, java.util.List.of("a.md#l1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no answer");
    }

    @Test
    void policyRulesFromBeforeTheirV1AdditionsReadAsBeforeAndTheAdditionsKeepTheirWireNames() {
        // a rule as model.json has carried it since v1.0: no orOwnerColumn
        String old = "{\"kind\":\"tenant_member\",\"column\":\"id\",\"parentTable\":\"family_members\","
                + "\"parentKeyColumn\":\"family_id\",\"parentOwnerColumn\":\"user_id\"}";
        PolicyRule members = PolicyRule.tenantMember("id", "family_members", "family_id", "user_id");
        assertThat(JsonCodec.fromString(old, PolicyRule.class)).isEqualTo(members);
        assertThat(new String(JsonCodec.toBytes(members), StandardCharsets.UTF_8)).isEqualTo(old);

        PolicyRule membersOrCreator = members.orOwner("created_by");
        String widened = old.replace("}", ",\"orOwnerColumn\":\"created_by\"}");
        assertThat(new String(JsonCodec.toBytes(membersOrCreator), StandardCharsets.UTF_8)).isEqualTo(widened);
        assertThat(JsonCodec.fromString(widened, PolicyRule.class)).isEqualTo(membersOrCreator);
        String grandchild = "{\"kind\":\"parent_access\",\"column\":\"chore_id\",\"parentTable\":\"chores\",\"parentKeyColumn\":\"id\"}";
        assertThat(new String(JsonCodec.toBytes(PolicyRule.parentAccess("chore_id", "chores", "id")), StandardCharsets.UTF_8)).isEqualTo(grandchild);
        assertThat(JsonCodec.fromString(grandchild, PolicyRule.class)).isEqualTo(PolicyRule.parentAccess("chore_id", "chores", "id"));
        assertThatThrownBy(() -> JsonCodec.fromString("{\"kind\":\"deny\",\"orOwnerColumn\":\"created_by\"}", PolicyRule.class))
                .isInstanceOf(JsonCodec.MalformedEventException.class).hasMessageContaining("orOwnerColumn");
    }

    @Test
    void indexesFromBeforeConditionsReadAsBeforeAndAConditionKeepsItsWireNames() {
        String old = "{\"name\":\"decks_live_key\",\"columns\":[{\"name\":\"title\",\"descending\":false}],\"unique\":true,"
                + "\"method\":\"btree\",\"where\":\"not_deleted\",\"reason\":\"\",\"sources\":[]}";
        Index live = new Index("decks_live_key", List.of(IndexColumn.asc("title")), true, IndexMethod.BTREE, IndexPredicate.NOT_DELETED, "", List.of());
        assertThat(JsonCodec.fromString(old, Index.class)).isEqualTo(live);
        assertThat(new String(JsonCodec.toBytes(live), StandardCharsets.UTF_8)).isEqualTo(old);

        Index booked = new Index("one_booked", List.of(IndexColumn.asc("patient_id")), true, IndexMethod.BTREE, IndexPredicate.NONE, "", List.of(),
                IndexCondition.equalTo("status", "booked"));
        String json = new String(JsonCodec.toBytes(booked), StandardCharsets.UTF_8);
        assertThat(json).contains("\"condition\":{\"column\":\"status\",\"op\":\"equals\",\"value\":\"booked\"}");
        assertThat(JsonCodec.fromString(json, Index.class)).isEqualTo(booked);
        assertThatThrownBy(() -> JsonCodec.fromString(json.replace(",\"value\":\"booked\"", ""), Index.class))
                .isInstanceOf(JsonCodec.MalformedEventException.class).hasMessageContaining("EQUALS");
    }

    @Test
    void invalidPayloadsGiveAReadableReason() {
        assertThatThrownBy(() -> JsonCodec.fromString("not json", RequirementEvent.class))
                .isInstanceOf(JsonCodec.MalformedEventException.class).hasMessageContaining("RequirementEvent");
        assertThatThrownBy(() -> JsonCodec.fromString(
                golden("requirement-event.json").replace("\"flashcards\"", "\"../../etc\""), RequirementEvent.class))
                .isInstanceOf(JsonCodec.MalformedEventException.class).hasMessageContaining("invalid projectId");
        assertThatThrownBy(() -> JsonCodec.fromBytes(new byte[0], ModelReadyEvent.class))
                .isInstanceOf(JsonCodec.MalformedEventException.class).hasMessageContaining("empty payload");
    }

    static String golden(String file) {
        try (InputStream in = GoldenWireFormatTest.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new AssertionError("missing golden file src/test/resources/golden/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
