package dev.schemawright.modeling.clarify;

import java.util.List;
import java.util.Objects;

/**
 * What one answer says about the design, in domain names: a relationship's cardinality or optionality ({@code subject}
 * the child, {@code other} the parent), whether a table is shared ({@code subject} the table), or a column's values
 * ({@code subject} the table, {@code other} the column, {@code values} as the answer lists them).
 */
public record Claim(Verdict verdict, String subject, String other, List<String> values, String source) {
    public Claim {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** What an answer can say; each verdict belongs to one aspect of the design and most have an opposite ("no"). */
    public enum Verdict {
        SEVERAL(Aspect.CARDINALITY), ONE(Aspect.CARDINALITY), OPTIONAL(Aspect.OPTIONALITY), REQUIRED(Aspect.OPTIONALITY),
        SHARED(Aspect.SHARING), PRIVATE(Aspect.SHARING), CONFIRMED(Aspect.VALUES), ADDED(Aspect.VALUES), REPLACED(Aspect.VALUES);

        public final Aspect aspect;

        Verdict(Aspect aspect) {
            this.aspect = aspect;
        }

        /** The verdict a "no" gives to a question that proposes this one; null when "no" alone says too little (which values?). */
        public Verdict opposite() {
            switch (this) {
                case SEVERAL:
                    return ONE;
                case ONE:
                    return SEVERAL;
                case OPTIONAL:
                    return REQUIRED;
                case REQUIRED:
                    return OPTIONAL;
                case SHARED:
                    return PRIVATE;
                case PRIVATE:
                    return SHARED;
                default:
                    return null;
            }
        }
    }

    public enum Aspect {
        CARDINALITY, OPTIONALITY, SHARING, VALUES;

        public boolean relationship() {
            return this == CARDINALITY || this == OPTIONALITY;
        }
    }

    public Aspect aspect() {
        return verdict.aspect;
    }

    public Claim withVerdict(Verdict v) {
        return new Claim(v, subject, other, values, source);
    }

    public Claim withSource(String v) {
        return new Claim(verdict, subject, other, values, v);
    }

    /** Both claims speak of the same relationship (either direction), table, or column. */
    public boolean sameSubject(Claim o) {
        if (aspect().relationship() && o.aspect().relationship()) {
            return subject.equals(o.subject) && other.equals(o.other) || subject.equals(o.other) && other.equals(o.subject);
        }
        return aspect() == o.aspect() && subject.equals(o.subject) && Objects.equals(other, o.other);
    }
}
