package dev.schemawright.ingestservice.api;

import dev.schemawright.contracts.tenant.ProjectRef;
import dev.schemawright.storage.keys.ApiKeyStore;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * API keys for the tests, made once in the real S3 the app reads them from: tenant acme (the tests' own), tenant
 * globex (the stranger) and an admin key of acme. {@link #given()} is REST Assured's, with acme's key.
 */
final class TestKeys {
    static final String TENANT = "acme";
    static final String OTHER_TENANT = "globex";
    private static String acme;
    private static String globex;
    private static String admin;

    private TestKeys() {
    }

    private static synchronized void ensure() {
        if (acme == null) {
            ApiKeyStore keys = new ApiKeyStore(TestPlatform.store());
            acme = keys.create(TENANT, false, "ingest tests");
            globex = keys.create(OTHER_TENANT, false, "ingest tests");
            admin = keys.create(TENANT, true, "ingest tests");
        }
    }

    static String acme() {
        ensure();
        return acme;
    }

    static String globex() {
        ensure();
        return globex;
    }

    static String admin() {
        ensure();
        return admin;
    }

    /** A request as tenant acme. */
    static RequestSpecification given() {
        return as(acme());
    }

    static RequestSpecification as(String key) {
        return RestAssured.given().header("Authorization", "Bearer " + key);
    }

    /** A request with no credentials at all. */
    static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    static ProjectRef project(String projectId) {
        return new ProjectRef(TENANT, projectId);
    }

    /** Kafka record key of one of acme's projects; also of ids that are no valid project id (attacks publish nothing). */
    static String kafkaKey(String projectId) {
        return TENANT + "/" + projectId;
    }
}
