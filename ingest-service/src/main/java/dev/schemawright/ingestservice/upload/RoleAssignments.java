package dev.schemawright.ingestservice.upload;

import dev.schemawright.contracts.requirement.DocumentRole;
import dev.schemawright.ingestservice.problem.ApiProblem;
import dev.schemawright.ingestservice.problem.ProblemError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the optional {@code role} form fields of an upload. Two encodings, never mixed:
 * <ul>
 * <li>positional: one {@code role} value per file, in the order of the {@code files} parts
 * ({@code -F files=@prd.md -F role=prd -F files=@stack.md -F role=tech_stack});</li>
 * <li>by name: {@code role=<file name>=<role>} for just the files that need one
 * ({@code -F role=stack.md=tech_stack}).</li>
 * </ul>
 * A role of {@code auto} (or empty) means "infer from the file name and headings", as does no role at all.
 */
public final class RoleAssignments {
    public static final String FIELD = "role";
    static final String AUTO = "auto";
    private static final Map<String, DocumentRole> ALIASES = aliases();

    private RoleAssignments() {
    }

    /**
     * @param values        the role field values, in request order
     * @param uploadedNames the files' names as uploaded, in request order
     * @param safeNames     the same files' sanitized names (either form may be used in name=role pairs)
     * @return one role per file, {@code null} where the role is to be inferred
     * @throws ApiProblem 400 {@code invalid-role} listing every problem
     */
    public static List<DocumentRole> assign(List<String> values, List<String> uploadedNames, List<String> safeNames) {
        List<DocumentRole> roles = new ArrayList<>(Collections.nCopies(uploadedNames.size(), (DocumentRole) null));
        if (values == null || values.isEmpty()) {
            return roles;
        }
        List<ProblemError> errors = new ArrayList<>();
        long pairs = values.stream().filter(v -> v.contains("=")).count();
        if (pairs == 0) {
            if (values.size() != uploadedNames.size()) {
                throw invalid("got " + values.size() + " role values for " + uploadedNames.size()
                        + " files: give one role per file in the order of the files, or name=role pairs", List.of());
            }
            for (int i = 0; i < values.size(); i++) {
                roles.set(i, parseRole(values.get(i), FIELD + "[" + i + "]", errors));
            }
        } else if (pairs == values.size()) {
            Map<Integer, String> assignedBy = new HashMap<>();
            for (String value : values) {
                int eq = value.lastIndexOf('=');
                String name = value.substring(0, eq).strip();
                int index = indexOf(name, uploadedNames, safeNames);
                if (index < 0) {
                    errors.add(ProblemError.forField(FIELD, "unknown-file", "no uploaded file is named '" + shorten(name) + "'"));
                    continue;
                }
                if (assignedBy.putIfAbsent(index, value) != null) {
                    errors.add(ProblemError.forField(FIELD, "duplicate-role", "file '" + shorten(name) + "' has more than one role"));
                    continue;
                }
                roles.set(index, parseRole(value.substring(eq + 1), FIELD, errors));
            }
        } else {
            throw invalid("role values mix the positional and the name=role forms; use one of them", List.of());
        }
        if (!errors.isEmpty()) {
            throw invalid(errors.size() == 1 ? errors.get(0).message() : errors.size() + " role values are invalid", errors);
        }
        return roles;
    }

    /** The accepted role words, for messages and the API documentation. */
    public static String acceptedValues() {
        return Arrays.stream(DocumentRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + " (or " + AUTO + " to infer)";
    }

    private static DocumentRole parseRole(String raw, String field, List<ProblemError> errors) {
        String key = raw.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (key.isEmpty() || key.equals(AUTO)) {
            return null;
        }
        DocumentRole role = ALIASES.get(key);
        if (role == null) {
            errors.add(ProblemError.forField(field, "unknown-role", "unknown role '" + shorten(raw) + "'; accepted: " + acceptedValues()));
        }
        return role;
    }

    private static int indexOf(String name, List<String> uploadedNames, List<String> safeNames) {
        for (int i = 0; i < uploadedNames.size(); i++) {
            if (name.equals(uploadedNames.get(i)) || name.equals(safeNames.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static ApiProblem invalid(String detail, List<ProblemError> errors) {
        return new ApiProblem(400, "invalid-role", "Invalid document role", detail, errors);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static Map<String, DocumentRole> aliases() {
        Map<String, DocumentRole> m = new HashMap<>();
        for (DocumentRole r : DocumentRole.values()) {
            m.put(r.name().toLowerCase(Locale.ROOT), r);
        }
        m.put("stack", DocumentRole.TECH_STACK);
        m.put("techstack", DocumentRole.TECH_STACK);
        m.put("planning", DocumentRole.PLANNING_NOTES);
        m.put("planning_session", DocumentRole.PLANNING_NOTES);
        m.put("notes", DocumentRole.PLANNING_NOTES);
        m.put("architecture_guide", DocumentRole.ARCHITECTURE);
        m.put("clarification", DocumentRole.CLARIFICATIONS);
        m.put("answers", DocumentRole.CLARIFICATIONS);
        return Map.copyOf(m);
    }
}
