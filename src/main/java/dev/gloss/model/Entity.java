package dev.gloss.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person, organisation, outlet or product the article names, with every place it is mentioned.
 *
 * @param name the canonical name, as first given in full
 * @param type what it is
 * @param role the role the text gives it ("OpenAI rep"), if any
 * @param mentions where it is mentioned, in text order
 */
public record Entity(String name, EntityType type, @Nullable String role, List<Span> mentions) {

  public Entity {
    mentions = List.copyOf(mentions);
  }
}
