package io.cellarsync.examples.sync;

import io.cellarsync.sync.PosReferenceId;
import io.cellarsync.sync.SyncEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code [--site S] --pos-product KEY}: the POS reference a decision is about. */
public final class ReferenceOptions {

    @Mixin SiteOption site;

    @Option(names = "--pos-product", paramLabel = "KEY", required = true, description = "The POS product key.")
    String productKey;

    /** @return the reference, on the site chosen or the only one the engine knows */
    PosReferenceId reference(SyncEngine engine) {
        return new PosReferenceId(site.site(engine), productKey);
    }
}
