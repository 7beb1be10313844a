/**
 * A typed, tolerant, resilient and read-only client for the Trivec gateway export API.
 *
 * <p>Start with {@link io.cellarsync.trivec.TrivecClient#builder()}. A site is configured by its code or its
 * domain ({@link io.cellarsync.trivec.TrivecSite}, rule R1); every call is a GET (rule R2). The model types
 * ({@link io.cellarsync.trivec.Ticket}, {@link io.cellarsync.trivec.Order},
 * {@link io.cellarsync.trivec.OrderLine}, {@link io.cellarsync.trivec.Product}, ...) are immutable and keep every
 * amount as the exact {@link java.math.BigDecimal} the gateway sent. Failures are unchecked subclasses of
 * {@link io.cellarsync.trivec.TrivecException}; the application key never appears in any of them.
 */
@NullMarked
package io.cellarsync.trivec;

import org.jspecify.annotations.NullMarked;
