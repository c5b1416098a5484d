/**
 * English language models and word lists shared by the stages that read sentences (annotate, timeline): OpenNLP's
 * Universal Dependencies tokenizer and part-of-speech tagger, loaded once. Like {@code model}, any
 * stage may use it; it uses no stage.
 */
@NullMarked
package dev.gloss.nlp;

import org.jspecify.annotations.NullMarked;
