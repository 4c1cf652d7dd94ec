package dev.schemawright.modeling.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {
    @Test
    void remembersUpToTheBoundAndNeverLongKeys() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String> memo = new BoundedMemo<>(2);
        String longKey = "x".repeat(BoundedMemo.MAX_KEY_CHARS + 1);
        for (int round = 0; round < 2; round++) {
            for (String key : List.of("a", "b", "c", longKey)) {
                assertThat(memo.get(key, k -> {
                    computed.add(k);
                    return k.toUpperCase(java.util.Locale.ROOT);
                })).isEqualTo(key.toUpperCase(java.util.Locale.ROOT));
            }
        }
        // a and b are remembered; c came past the bound and the long key is never stored, so both are computed again
        assertThat(computed).containsExactly("a", "b", "c", longKey, "c", longKey);
    }
}
