/**
 * Stage 2: writes an article as Gloss Markdown (YAML front matter and a body) and reads Gloss Markdown
 * back, producing the body's HTML through flexmark.
 */
@NullMarked
package dev.gloss.markdown;

import org.jspecify.annotations.NullMarked;
