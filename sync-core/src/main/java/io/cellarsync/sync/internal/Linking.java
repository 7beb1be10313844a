package io.cellarsync.sync.internal;

import io.cellarsync.sync.BottlesPerUnit;
import io.cellarsync.sync.IgnoreReference;
import io.cellarsync.sync.LibraryWine;
import io.cellarsync.sync.Link;
import io.cellarsync.sync.LinkAnswer;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.Rejection.Reason;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncPorts;
import io.cellarsync.sync.UnignoreReference;
import io.cellarsync.sync.UnlinkReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Links and unlinks POS references (semantics 9, 10, 13): a link back-fills the reference's recorded sales, an unlink
 * reverses them (or keeps them). Both read only the reference's own sales.
 */
final class Linking {

    private final Registry registry;
    private final SyncPorts ports;
    private final LibraryCommands library;

    Linking(Registry registry, SyncPorts ports, LibraryCommands library) {
        this.registry = registry;
        this.ports = ports;
        this.library = library;
    }

    @Nullable Rejection validate(LinkReference command) {
        PosReferenceId reference = command.reference();
        if (registry.reference(reference) == null) {
            return Rejections.unknownReference(reference);
        }
        Optional<Link> existing = ports.links().linkOf(reference);
        if (existing.isPresent()) {
            return Rejections.alreadyLinked(reference, existing.get().wineId());
        }
        Rejection ratio = Rejections.ratioProblem(command.perSale());
        return ratio != null ? ratio : validateAnswer(command);
    }

    private @Nullable Rejection validateAnswer(LinkReference command) {
        if (command.answer() == LinkAnswer.NO) {
            LibraryWine wine = command.newWine();
            if (wine == null) {
                return new Rejection(Reason.INCOMPLETE_ANSWER, command.reference().toString(),
                        "Answer NO for '" + command.reference() + "' needs the new wine's fields.");
            }
            return Rejections.invalidWine(wine, registry.wines::containsKey);
        }
        String wineId = command.wineId();
        if (wineId == null) {
            return new Rejection(Reason.INCOMPLETE_ANSWER, command.reference().toString(), "Answer "
                    + command.answer() + " for '" + command.reference() + "' needs the id of a library wine.");
        }
        if (registry.wine(wineId) == null) {
            return Rejections.unknownWine(wineId);
        }
        Integer vintage = command.vintage();
        if (command.answer() == LinkAnswer.ALMOST) {
            if (vintage == null) {
                return new Rejection(Reason.INVALID_VINTAGE, "null", "Answer ALMOST for '" + command.reference()
                        + "' needs the vintage to set on wine '" + wineId + "', a year such as 2019.");
            }
            if (!Rejections.plausibleVintage(vintage)) {
                return Rejections.invalidVintage(wineId, vintage);
            }
        }
        return null;
    }

    void apply(LinkReference command, Changes changes, Instant at) {
        String wineId = command.targetWineId();
        LibraryWine newWine = command.newWine();
        if (command.answer() == LinkAnswer.NO && newWine != null) {
            library.addWine(newWine, changes, at);
        }
        Integer vintage = command.vintage();
        LibraryWine wine = registry.wine(wineId);
        if (command.answer() == LinkAnswer.ALMOST && vintage != null && wine != null
                && !vintage.equals(wine.vintage())) {
            changes.emit(new SyncEvent.VintageSet(wineId, vintage));
        }
        LocalDate from = command.backfillFrom() == null ? LocalDate.MIN : command.backfillFrom();
        link(command.reference(), wineId, command.perSale(), from, false, changes, at);
    }

    /** Links a reference and back-fills its recorded sales; used by answers and by the reset report's auto-link. */
    void link(PosReferenceId reference, String wineId, BottlesPerUnit perSale, LocalDate from, boolean automatic,
            Changes changes, Instant at) {
        ReferenceState state = registry.reference(reference);
        if (state != null && state.ignored()) {
            changes.emit(new SyncEvent.Unignored(reference));
        }
        Link link = new Link(registry.nextLinkNumber, registry.canonical(reference), wineId, perSale, from, automatic);
        // The fold back-fills the reference's recorded sales (SaleFold.backfill).
        changes.emit(new SyncEvent.Linked(link, at));
    }

    @Nullable Rejection validate(UnlinkReference command) {
        if (registry.reference(command.reference()) == null) {
            return Rejections.unknownReference(command.reference());
        }
        return ports.links().linkOf(command.reference()).isEmpty() ? Rejections.notLinked(command.reference()) : null;
    }

    void apply(UnlinkReference command, Changes changes, Instant at) {
        Link link = ports.links().linkOf(command.reference()).orElseThrow();
        // The fold reverses the link's sales unless they are kept (SaleFold.reverseLink).
        changes.emit(new SyncEvent.Unlinked(link, command.keepPastSales(), at));
    }

    @Nullable Rejection validate(IgnoreReference command) {
        if (registry.reference(command.reference()) == null) {
            return Rejections.unknownReference(command.reference());
        }
        Optional<Link> link = ports.links().linkOf(command.reference());
        return link.isPresent() ? Rejections.alreadyLinked(command.reference(), link.get().wineId()) : null;
    }

    void apply(IgnoreReference command, Changes changes) {
        if (!registry.reference(command.reference()).ignored()) {
            changes.emit(new SyncEvent.Ignored(command.reference()));
        }
    }

    @Nullable Rejection validate(UnignoreReference command) {
        return registry.reference(command.reference()) == null
                ? Rejections.unknownReference(command.reference())
                : null;
    }

    void apply(UnignoreReference command, Changes changes) {
        if (registry.reference(command.reference()).ignored()) {
            changes.emit(new SyncEvent.Unignored(command.reference()));
        }
    }
}
