/**
 * Implementation of the Trivec client: the streaming parser, the retrying executor, redaction and the default
 * {@code java.net.http} transport. No compatibility promise: use the types of {@code io.cellarsync.trivec}.
 */
@NullMarked
package io.cellarsync.trivec.internal;

import org.jspecify.annotations.NullMarked;
