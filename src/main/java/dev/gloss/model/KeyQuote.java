package dev.gloss.model;

/**
 * A substantive direct quote for the key-quotes box.
 *
 * @param id the item's id on the page ({@code kq1})
 * @param text the quoted words
 * @param speaker who said them
 * @param sourceId the id of the quote's mark in the body
 */
public record KeyQuote(String id, String text, Speaker speaker, String sourceId) {
}
