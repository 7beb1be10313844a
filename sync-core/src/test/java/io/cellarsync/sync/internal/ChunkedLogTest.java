package io.cellarsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The chunked log gives back every entry at its position, across the growth of its first chunk and later chunks. */
class ChunkedLogTest {

    @Test
    void everyEntryIsReadBackAtItsPosition_acrossChunks() {
        ChunkedLog log = new ChunkedLog();
        int entries = 3 * (1 << 18) + 5;
        for (int i = 0; i < entries; i++) {
            assertThat(log.append(Integer.toString(i % 1000), -i)).isEqualTo(i);
        }
        for (int i = 0; i < entries; i += 997) {
            assertThat(log.item(i)).isEqualTo(Integer.toString(i % 1000));
            assertThat(log.code(i)).isEqualTo(-i);
        }
        assertThat(log.code(entries - 1)).isEqualTo(-(entries - 1));
        assertThat(log.code((1 << 18) - 1)).isEqualTo(-((1 << 18) - 1));
        assertThat(log.code(1 << 18)).isEqualTo(-(1 << 18));
    }

    @Test
    void aPositionNotWritten_isRefusedNamingIt() {
        ChunkedLog log = new ChunkedLog();
        log.append("a", 1);

        assertThatThrownBy(() -> log.item(5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5");
    }
}
