package dev.schemawright.render.sql;

import dev.schemawright.contracts.model.CheckConstraint;
import dev.schemawright.contracts.model.CheckKind;
import java.util.List;
import java.util.stream.Collectors;

/** CHECK bodies from structured {@link CheckKind}s; arguments are always literals, never pasted SQL. */
public final class CheckExpressions {
    private CheckExpressions() {
    }

    public static String of(CheckConstraint check, SqlDialect d) {
        List<String> cols = check.columns();
        List<String> args = check.args();
        String c = d.quote(cols.get(0));
        CheckKind k = check.kind();
        if (k == CheckKind.LENGTH_BETWEEN) {
            return between(d.lengthFunction() + "(" + c + ")", arg(args, 0), arg(args, 1), d, true);
        } else if (k == CheckKind.VALUE_BETWEEN) {
            return between(c, arg(args, 0), arg(args, 1), d, false);
        } else if (k == CheckKind.NON_NEGATIVE) {
            return c + " >= 0";
        } else if (k == CheckKind.POSITIVE) {
            return c + " > 0";
        } else if (k == CheckKind.IN_VALUES) {
            if (args.isEmpty()) {
                throw new IllegalStateException("unsupported IN_VALUES check without values: " + check.name());
            }
            return c + " IN (" + args.stream().map(d::literal).collect(Collectors.joining(", ")) + ")";
        } else if (k == CheckKind.NOT_BLANK) {
            return d.trimFunction() + "(" + c + ") <> ''";
        } else if (k == CheckKind.COLUMNS_DIFFER) {
            return c + " <> " + d.quote(cols.get(1));
        } else if (k == CheckKind.COLUMNS_ORDERED) {
            return c + " <= " + d.quote(cols.get(1));
        } else if (k == CheckKind.EMAIL_FORMAT) {
            return d.emailCheck(c);
        }
        throw new IllegalStateException("unsupported " + k);
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }

    private static String between(String expr, String lo, String hi, SqlDialect d, boolean integers) {
        boolean hasLo = !lo.isBlank();
        boolean hasHi = !hi.isBlank();
        String l = hasLo ? (integers ? d.integer(lo, "length") : d.numberOrLiteral(lo)) : null;
        String h = hasHi ? (integers ? d.integer(hi, "length") : d.numberOrLiteral(hi)) : null;
        if (hasLo && hasHi) {
            return expr + " BETWEEN " + l + " AND " + h;
        } else if (hasLo) {
            return expr + " >= " + l;
        } else if (hasHi) {
            return expr + " <= " + h;
        }
        throw new IllegalStateException("unsupported between check with no bounds on " + expr);
    }
}
