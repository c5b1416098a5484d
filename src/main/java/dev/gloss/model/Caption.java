package dev.gloss.model;

import org.jspecify.annotations.Nullable;

/**
 * A photo caption as printed under the article's lead image.
 *
 * @param text the caption without its credit
 * @param credit who the picture is credited to ("AFP", "Jane Doe/Reuters"), if the page says
 */
public record Caption(String text, @Nullable String credit) {
}
