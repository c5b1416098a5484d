package dev.gloss.model;

/**
 * A link from a mark in the article's body to a box item or timeline event made from it, so that a
 * reader can go from the sentence to the box as well as from the box to the sentence.
 *
 * @param from the id of the mark in the body ({@code c2}, {@code q4}, {@code d1})
 * @param to the id of the box item or event ({@code fig1}, {@code ev3})
 * @param label what the target is, in a word or two ("key figure", "timeline")
 */
public record BackLink(String from, String to, String label) {
}
