package io.cellarsync.sync.internal;

import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.CatalogueEntry;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.Rejection.Reason;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncPorts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Imports a catalogue (R3, R7, R8): registers the site, records new or changed entries, and links automatically the
 * products created from the reset report (R15).
 */
final class CatalogueImport {

    private final Registry registry;
    private final SyncPorts ports;
    private final Linking linking;

    CatalogueImport(Registry registry, SyncPorts ports, Linking linking) {
        this.registry = registry;
        this.ports = ports;
        this.linking = linking;
    }

    @Nullable Rejection validate(ImportCatalogue command) {
        for (CatalogueEntry entry : command.entries()) {
            if (!entry.reference().site().equals(command.site())) {
                return new Rejection(Reason.SITE_MISMATCH, entry.reference().toString(), "Catalogue entry '"
                        + entry.reference() + "' belongs to another site than the catalogue's (" + command.site()
                        + ").");
            }
            Rejection number = outOfRangeNumber(entry);
            if (number != null) {
                return number;
            }
        }
        return null;
    }

    /** A price or VAT rate with more digits than a POS sends (a .NET decimal), which would poison every sum. */
    static @Nullable Rejection outOfRangeNumber(CatalogueEntry entry) {
        BigDecimal price = entry.price();
        if (price != null && !Rejections.withinPosDigits(price)) {
            return Rejections.invalidNumber("Price", price, "catalogue entry '" + entry.reference() + "'");
        }
        BigDecimal vatRate = entry.vatRate();
        if (vatRate != null && !Rejections.withinPosDigits(vatRate)) {
            return Rejections.invalidNumber("VAT rate", vatRate, "catalogue entry '" + entry.reference() + "'");
        }
        return null;
    }

    void apply(ImportCatalogue command, Changes changes, Instant at) {
        if (!registry.sites.contains(command.site())) {
            changes.emit(new SyncEvent.SiteRegistered(command.site()));
        }
        for (CatalogueEntry entry : command.entries()) {
            ReferenceState state = registry.reference(entry.reference());
            if (state == null || !sameEntry(entry, state.catalogue())) {
                changes.emit(new SyncEvent.CatalogueEntrySeen(entry));
            }
            String wineId = exportedWine(entry);
            if (wineId != null && comesBackUndecided(state, entry)) {
                linking.link(entry.reference(), wineId, BottlesPerUnit.ONE_BOTTLE, LocalDate.MIN, true, changes, at);
                changes.referencesAutoLinked++;
            }
        }
    }

    /**
     * Whether the entry says what the known one says: equal once the price and VAT rate are written without trailing
     * zeros (a gateway sending 12.5 one night and 12.50 the next changed nothing; a review). The record's own equality
     * compares every other field, and any added later.
     */
    private static boolean sameEntry(CatalogueEntry entry, @Nullable CatalogueEntry known) {
        return known != null && plainNumbers(entry).equals(plainNumbers(known));
    }

    private static CatalogueEntry plainNumbers(CatalogueEntry entry) {
        return new CatalogueEntry(entry.reference(), entry.name(), entry.productNumber(), entry.groupName(),
                plain(entry.price()), plain(entry.vatRate()));
    }

    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /**
     * Semantic 16: whether a product that came back from the reset report may be linked automatically: it is not
     * linked, and the user never unlinked or ignored it (R12). Otherwise every night's catalogue would link again a
     * product the user unlinked, and back-fill its past sales.
     *
     * @param before the reference's state before this entry was seen, or {@code null} if it was never seen
     */
    private boolean comesBackUndecided(@Nullable ReferenceState before, CatalogueEntry entry) {
        return ports.links().linkOf(entry.reference()).isEmpty()
                && (before == null || !before.unlinkedOrIgnored());
    }

    /**
     * The wine whose reset-report product number and name this entry came back with, if any (semantic 16): the name
     * exported when the number was assigned, or the one a later report showed after a change of vintage.
     */
    private @Nullable String exportedWine(CatalogueEntry entry) {
        String number = entry.productNumber();
        if (number == null) {
            return null;
        }
        long parsed;
        try {
            parsed = Long.parseLong(number.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        String wineId = registry.wineByProductNumber.get(parsed);
        if (wineId == null) {
            return null;
        }
        String name = normalised(entry.name());
        for (String reported : registry.reportedNames.getOrDefault(wineId, Set.of())) {
            if (normalised(reported).equals(name)) {
                return wineId;
            }
        }
        return null;
    }

    private static String normalised(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
