package io.cellarsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cellarsync.sync.SaleLineId;
import io.cellarsync.sync.SiteId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LineTableTest {

    private static final SiteId SITE = new SiteId("S");

    /** A value that carries its line, as the ledger's entries do. */
    private record Held(SaleLineId line, int version) {}

    private static SaleLineId line(int n) {
        return new SaleLineId(SITE, "T" + n % 7, "O" + n % 5, n, null);
    }

    /**
     * Adds, replaces and removes lines at random (few distinct lines, so runs of probes form and removals shift them
     * back) and the table answers as a {@link HashMap} does.
     */
    @Property(tries = 300)
    void randomAddsAndRemoves_answerAsAHashMap(
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 59) Integer> ops,
            @ForAll @IntRange(min = 0, max = 100) int reserved) {
        LineTable<Held> table = new LineTable<>(Held::line);
        table.reserve(reserved);
        Map<SaleLineId, Held> model = new HashMap<>();
        int version = 0;
        for (int op : ops) {
            SaleLineId line = line(op % 30);
            if (op < 30) {
                Held fresh = new Held(line, version++);
                assertThat(table.putIfAbsent(fresh)).isEqualTo(model.putIfAbsent(line, fresh));
            } else {
                assertThat(table.remove(line)).isEqualTo(model.remove(line));
            }
            assertThat(table.size()).isEqualTo(model.size());
        }
        for (int n = 0; n < 30; n++) {
            assertThat(table.get(line(n))).isEqualTo(model.get(line(n)));
        }
    }
}
