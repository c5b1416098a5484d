/**
 * Stage 1: turns a raw scraped seed into an {@link dev.gloss.model.Article}, dropping the site's
 * wrapper and finding the article's metadata.
 */
@NullMarked
package dev.gloss.ingest;

import org.jspecify.annotations.NullMarked;
