/**
 * Stage 3: finds sentences, quotations and their speakers, check-worthy claims, and named people
 * and organisations in an article's body. Annotators are pure functions from text to annotations.
 */
@NullMarked
package dev.gloss.annotate;

import org.jspecify.annotations.NullMarked;
