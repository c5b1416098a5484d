/** Scores the annotate stage against hand-annotated gold files. */
@NullMarked
package dev.gloss.annotate.eval;

import org.jspecify.annotations.NullMarked;
