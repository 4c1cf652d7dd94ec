package dev.schemawright.modeling.domain;

import dev.schemawright.modeling.DesignContext;

/** The two readings of a run, computed once and shared by the domain passes. */
public final class Readings {
    private Readings() {
    }

    public static Sketch sketch(DesignContext ctx) {
        return ctx.remember("sketch", () -> new ExplicitSchemaReader().read(ctx.intake()));
    }

    public static DomainReading prose(DesignContext ctx) {
        return ctx.remember("prose", () -> new DomainReader().read(ctx));
    }
}
