package io.cellarsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.sync.PosReferenceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The open-addressing table of references by product key finds what a hash map finds, through growth. */
class ProductKeyTableTest {

    @Property(tries = 200)
    void findsExactlyTheReferencesAdded(
            @ForAll @Size(max = 300) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String> added,
            @ForAll @Size(max = 50) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String> asked) {
        ProductKeyTable table = new ProductKeyTable();
        Map<String, ReferenceState> expected = new HashMap<>();
        for (String key : added) {
            if (!expected.containsKey(key)) {
                ReferenceState state = new ReferenceState(PosReferenceId.of("S", key), key, null);
                expected.put(key, state);
                table.add(key, state);
            }
        }
        for (String key : added) {
            assertThat(table.get(new String(key))).isSameAs(expected.get(key));
        }
        for (String key : asked) {
            assertThat(table.get(new String(key))).isSameAs(expected.get(key));
        }
    }
}
