package dev.gloss.model;

import org.jspecify.annotations.Nullable;

/**
 * One side of a dispute.
 *
 * @param text what this side says, as the article puts it
 * @param by whom the article attributes it to, or null when it does not
 * @param sourceId the id of the claim or quote mark it comes from
 */
public record DisputeSide(String text, @Nullable String by, String sourceId) {
}
