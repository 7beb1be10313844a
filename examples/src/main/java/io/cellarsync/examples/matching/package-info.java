/** The {@code cellarsync match} command: proposes library wines for POS labels with the matching engine. */
package io.cellarsync.examples.matching;
