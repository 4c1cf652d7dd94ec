package dev.schemawright.contracts.requirement;

import dev.schemawright.contracts.Generator;
import dev.schemawright.contracts.tenant.ProjectRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * runId = content hash of the generator version, the tenant, the project and the inputs (name, role, bytes;
 * order-independent), so the same upload twice is the same run, and two tenants' uploads never share a run.
 */
public final class RunIds {
    private RunIds() {
    }

    public static String runId(ProjectRef project, List<InputDocument> documents) {
        MessageDigest sha = sha256();
        update(sha, Generator.NAME + "/" + Generator.VERSION);
        update(sha, project.tenantId());
        update(sha, project.projectId());
        documents.stream().sorted(Comparator.comparing(InputDocument::name)).forEach(d -> {
            update(sha, d.name());
            update(sha, d.role() == null ? "" : d.role().name());
            update(sha, sha256Hex(d.content()));
        });
        return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
