package dev.gloss.model;

import org.jspecify.annotations.Nullable;

/**
 * Words in quotation marks and who they are attributed to. The span covers the quoted words, not
 * the marks around them.
 *
 * @param id stable id, such as {@code q3}
 * @param span where the quoted words are
 * @param text the quoted words
 * @param speaker who said or wrote them
 * @param cue the verb or phrase that attributes them ("said", "told", "according to"), if any
 * @param addressee whom they were said to ("Variety" in "told Variety"), if the text says
 * @param kind direct, partial or scare
 */
public record Quote(String id, Span span, String text, Speaker speaker, @Nullable String cue,
    @Nullable String addressee, QuoteKind kind) implements Annotation {
}
