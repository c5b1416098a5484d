/**
 * The timeline and fact-box stage: reads an annotated article and puts its events in order and its
 * key facts in boxes, each item keeping the id of the body element it came from.
 *
 * <p>Depends on {@code model} and the shared {@code nlp} tagger only (never on {@code annotate},
 * whose findings it reads as model records); runs after {@code annotate} and before {@code render}.
 */
@NullMarked
package dev.gloss.timeline;

import org.jspecify.annotations.NullMarked;
