package io.cellarsync.sync.internal;

import io.cellarsync.sync.AddWines;
import io.cellarsync.sync.AdjustStock;
import io.cellarsync.sync.IgnoreReference;
import io.cellarsync.sync.ImportCatalogue;
import io.cellarsync.sync.ImportSales;
import io.cellarsync.sync.LinkReference;
import io.cellarsync.sync.MapCentre;
import io.cellarsync.sync.PrepareResetReport;
import io.cellarsync.sync.Rejection;
import io.cellarsync.sync.SyncCommand;
import io.cellarsync.sync.SyncEvent;
import io.cellarsync.sync.SyncOutcome;
import io.cellarsync.sync.SyncPorts;
import io.cellarsync.sync.UnignoreReference;
import io.cellarsync.sync.UnlinkReference;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs a command: validates it whole against the current state, then produces its events, folding each into the state
 * as it goes. A command that fails validation produces no event, so a batch applies whole or not at all.
 */
public final class CommandDispatch {

    private final Registry registry;
    private final SyncPorts ports;
    private final EventFold fold;
    private final LibraryCommands library;
    private final Linking linking;
    private final CatalogueImport catalogue;
    private final SalesImport sales;

    /**
     * A dispatcher over a registry and ports.
     *
     * @param registry the registry
     * @param ports the ports
     */
    public CommandDispatch(Registry registry, SyncPorts ports) {
        this.registry = registry;
        this.ports = ports;
        this.fold = new EventFold(registry, ports);
        this.library = new LibraryCommands(registry);
        this.linking = new Linking(registry, ports, library);
        this.catalogue = new CatalogueImport(registry, ports, linking);
        this.sales = new SalesImport(registry, ports);
    }

    /**
     * Runs a command.
     *
     * @param command the command
     * @param at the instant it is applied at
     * @return the outcome
     */
    public SyncOutcome run(SyncCommand command, Instant at) {
        Rejection rejection = validate(command);
        if (rejection != null) {
            return new SyncOutcome.Rejected(rejection);
        }
        Changes changes = new Changes(fold);
        apply(command, changes, at);
        return new SyncOutcome.Applied(at, changes.events(), changes.summary());
    }

    /**
     * Checks every event against the state as the events before it leave it, then folds them all into the state.
     *
     * @param events the events, in their original order
     * @throws io.cellarsync.sync.InvalidHistoryException naming the first event refused; nothing was folded
     */
    public void replay(List<SyncEvent> events) {
        new HistoryCheck(registry, ports).check(events);
        for (SyncEvent event : events) {
            fold.apply(event);
        }
    }

    private @Nullable Rejection validate(SyncCommand command) {
        if (command instanceof ImportSales) {
            return sales.validate((ImportSales) command);
        } else if (command instanceof ImportCatalogue) {
            return catalogue.validate((ImportCatalogue) command);
        } else if (command instanceof AddWines) {
            return library.validate((AddWines) command);
        } else if (command instanceof LinkReference) {
            return linking.validate((LinkReference) command);
        } else if (command instanceof UnlinkReference) {
            return linking.validate((UnlinkReference) command);
        } else if (command instanceof IgnoreReference) {
            return linking.validate((IgnoreReference) command);
        } else if (command instanceof UnignoreReference) {
            return linking.validate((UnignoreReference) command);
        } else if (command instanceof AdjustStock) {
            return library.validate((AdjustStock) command);
        } else if (command instanceof MapCentre) {
            return library.validate((MapCentre) command);
        } else if (command instanceof PrepareResetReport) {
            return library.validate((PrepareResetReport) command);
        }
        throw new IllegalArgumentException("Unknown command " + command.getClass().getName());
    }

    private void apply(SyncCommand command, Changes changes, Instant at) {
        if (command instanceof ImportSales) {
            sales.apply((ImportSales) command, changes, at);
        } else if (command instanceof ImportCatalogue) {
            catalogue.apply((ImportCatalogue) command, changes, at);
        } else if (command instanceof AddWines) {
            library.apply((AddWines) command, changes, at);
        } else if (command instanceof LinkReference) {
            linking.apply((LinkReference) command, changes, at);
        } else if (command instanceof UnlinkReference) {
            linking.apply((UnlinkReference) command, changes, at);
        } else if (command instanceof IgnoreReference) {
            linking.apply((IgnoreReference) command, changes);
        } else if (command instanceof UnignoreReference) {
            linking.apply((UnignoreReference) command, changes);
        } else if (command instanceof AdjustStock) {
            library.apply((AdjustStock) command, changes, at);
        } else if (command instanceof MapCentre) {
            library.apply((MapCentre) command, changes);
        } else {
            library.apply((PrepareResetReport) command, changes);
        }
    }
}
