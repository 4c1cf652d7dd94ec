package dev.schemawright.modeling.clarify;

/**
 * One answer from a clarifications document, as written: the requirement it is ({@code source}), the question it
 * answers when the document names one (a question id like {@code q-parent-card-deck}, or the question's words), and
 * the answer. A plain statement ("Categories are shared by all users") has neither id nor question. {@code first}: the
 * statement right after its question, the only one whose "yes" or "no" answers that question.
 */
public record Clarification(String source, String questionId, String question, String answer, boolean first) {
    public Clarification {
        questionId = questionId == null || questionId.isBlank() ? null : questionId;
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
    }

    public boolean asksSomething() {
        return questionId != null || !question.isBlank();
    }
}
