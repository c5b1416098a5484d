package dev.gloss.annotate;

import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import dev.gloss.model.SpeakerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the people, organisations, outlets and products an article names, each with all its
 * mentions: the full name, the surname alone for a person, and possessives ("OpenAI's").
 */
final class EntityFinder {

  /** Days and months are capitalised but name no one. */
  private static final java.util.regex.Pattern CALENDAR_WORD = java.util.regex.Pattern.compile(
      "(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
          + "april|may|june|july|august|september|october|november|december)(?:\\s.*)?");

  List<Entity> find(String text, List<Span> sentences, List<Quote> quotes, NameBook names) {
    Map<String, EntityType> types = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      var speaker = quote.speaker();
      if (speaker.type() == SpeakerType.PERSON || speaker.type() == SpeakerType.ORGANIZATION) {
        if (!speaker.name().startsWith("the ")) {
          types.putIfAbsent(speaker.name(), speaker.type() == SpeakerType.PERSON
              ? EntityType.PERSON : EntityType.ORGANIZATION);
        }
        if (speaker.role() != null) {
          roles.putIfAbsent(speaker.name(), speaker.role());
        }
      }
      if (quote.addressee() != null) {
        types.putIfAbsent(Names.clean(quote.addressee()), EntityType.OUTLET);
      }
    }
    Matcher runs = Names.NAME_RUN.matcher(text);
    while (runs.find()) {
      String name = Names.clean(runs.group());
      if (name.isBlank() || Names.isShouted(name) || name.length() < 3
          || CALENDAR_WORD.matcher(name).matches()) {
        continue;
      }
      boolean sentenceStart = startsSentence(sentences, text, runs.start());
      String canonical = names.canonical(name);
      if (name.split("\\s+").length == 1 && sentenceStart && !types.containsKey(canonical)
          && !appearsMidSentence(text, sentences, name)) {
        continue;
      }
      types.putIfAbsent(canonical, classify(text, canonical, runs.end(), names));
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, EntityType> entry : types.entrySet()) {
      List<Span> mentions = mentions(text, entry.getKey(), entry.getValue());
      if (!mentions.isEmpty()) {
        entities.add(new Entity(entry.getKey(), entry.getValue(), roles.get(entry.getKey()),
            mentions));
      }
    }
    return entities;
  }

  private static EntityType classify(String text, String name, int end, NameBook names) {
    Pattern reported = Pattern.compile(Pattern.quote(name) + "\\s+(?:reported|reports)\\b");
    if (reported.matcher(text).find()) {
      return EntityType.OUTLET;
    }
    // "OpenAI's Sora": a name owned by an organisation is its product.
    Pattern owned = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*['\u2019]s\\s+(?:new\\s+)?"
        + Pattern.quote(name) + "\\b");
    if (owned.matcher(text).find() && name.split("\\s+").length == 1) {
      return EntityType.PRODUCT;
    }
    if (Organisations.isOrganisation(name)) {
      return EntityType.ORGANIZATION;
    }
    return names.typeOf(name) == SpeakerType.PERSON ? EntityType.PERSON
        : EntityType.ORGANIZATION;
  }

  private static List<Span> mentions(String text, String name, EntityType type) {
    List<String> forms = new ArrayList<>(List.of(name));
    String[] words = name.split("\\s+");
    if (type == EntityType.PERSON && words.length > 1) {
      forms.add(words[words.length - 1]);
    }
    List<Span> spans = new ArrayList<>();
    for (String form : forms) {
      Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form)
          + "(?![\\p{L}\\p{N}])").matcher(text);
      while (matcher.find()) {
        Span span = new Span(matcher.start(), matcher.end());
        if (spans.stream().noneMatch(span::overlaps)) {
          spans.add(span);
        }
      }
    }
    spans.sort(null);
    return spans;
  }

  private static boolean startsSentence(List<Span> sentences, String text, int at) {
    for (Span sentence : sentences) {
      if (sentence.start() <= at && at < sentence.end()) {
        String before = text.substring(sentence.start(), at);
        return before.replaceAll("[\"'\u201c\u2018\\s]", "").isEmpty();
      }
    }
    return true;
  }

  private static boolean appearsMidSentence(String text, List<Span> sentences, String name) {
    Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name)
        + "(?![\\p{L}\\p{N}])").matcher(text);
    while (matcher.find()) {
      if (!startsSentence(sentences, text, matcher.start())) {
        return true;
      }
    }
    return false;
  }
}
