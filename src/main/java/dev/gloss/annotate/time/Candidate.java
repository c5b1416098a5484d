package dev.gloss.annotate.time;

import dev.gloss.model.Span;

/**
 * A date expression found in the text, not yet placed on the calendar.
 *
 * @param span where it is
 * @param reading what it says
 */
record Candidate(Span span, Reading reading) {
}
