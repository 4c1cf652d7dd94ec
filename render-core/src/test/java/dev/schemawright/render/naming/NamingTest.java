package dev.schemawright.render.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamingTest {
    @Test
    void shortNamesAreKeptAndLongOnesCutToSixtyThreeBytesWithAStableDistinctSuffix() {
        assertThat(PhysicalName.of("orders")).isEqualTo("orders");
        String a = "x".repeat(70) + "_a";
        String b = "x".repeat(70) + "_b";
        assertThat(PhysicalName.of(a)).hasSize(63).startsWith("x".repeat(54) + "_").isNotEqualTo(PhysicalName.of(b)).isEqualTo(PhysicalName.of(a));
        String multibyte = "é".repeat(40);
        String cut = PhysicalName.of(multibyte);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(cut).startsWith("é".repeat(27) + "_");
        assertThat(PhysicalName.of("bad\u0000name\nx")).isEqualTo("bad_name_x");
    }

    @Test
    void caseConversionGivesAsciiIdentifiersThatNeverStartWithADigit() {
        assertThat(CaseConversion.pascal("card_tags")).isEqualTo("CardTags");
        assertThat(CaseConversion.camel("created_at")).isEqualTo("createdAt");
        assertThat(CaseConversion.snake("createdAt")).isEqualTo("created_at");
        assertThat(CaseConversion.snake("naïve \"value\"")).isEqualTo("naive_value");
        assertThat(CaseConversion.snake("1st")).isEqualTo("c_1st");
        assertThat(CaseConversion.pascal("1st")).isEqualTo("T_1st");
        assertThat(CaseConversion.singularLast("categories")).isEqualTo("category");
        assertThat(CaseConversion.singularLast("order_addresses")).isEqualTo("order_address");
        assertThat(CaseConversion.singularLast("status")).isEqualTo("status");
        String han = CaseConversion.snake("用户");
        assertThat(han).matches("n[0-9a-f]{8}").isNotEqualTo(CaseConversion.snake("订单"));
    }

    @Test
    void allocatorAddsTheFirstFreeSuffixAndRespectsReservedNames() {
        NameAllocator a = new NameAllocator(Set.of("metadata"));
        assertThat(a.allocate("metadata")).isEqualTo("metadata2");
        assertThat(a.allocate("x")).isEqualTo("x");
        assertThat(a.allocate("x")).isEqualTo("x2");
        assertThat(a.allocate("x")).isEqualTo("x3");
        assertThat(a.claim("x")).isFalse();
    }
}
