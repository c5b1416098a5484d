/**
 * Immutable values that flow between the pipeline stages. Every stage may import this package; no
 * stage imports another.
 */
@NullMarked
package dev.gloss.model;

import org.jspecify.annotations.NullMarked;
