package dev.gloss.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person or organisation for the who's-who box.
 *
 * @param id the item's id on the page ({@code who1})
 * @param name the canonical name
 * @param type person, organisation, outlet...
 * @param role the role the text gives, if any ("OpenAI rep")
 * @param said what they said, their first substantive quote, or null when they are not quoted
 * @param did what the text says they did, a short label, or null
 * @param sourceId the id of the element where the text first has them say or do it
 * @param quoteIds every quote of theirs, in text order
 */
public record WhoEntry(String id, String name, EntityType type, @Nullable String role,
    @Nullable String said, @Nullable String did, String sourceId, List<String> quoteIds) {

  public WhoEntry {
    quoteIds = List.copyOf(quoteIds);
  }
}
