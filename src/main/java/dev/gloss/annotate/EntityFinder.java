package dev.gloss.annotate;

import dev.gloss.model.Entity;
import dev.gloss.model.EntityType;
import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import dev.gloss.model.SpeakerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects the people, organisations, outlets and products an article names, each with all its
 * mentions: the full name, the surname alone for a person, the first word of an organisation's
 * name where the text uses it alone ("Frontier senators", "Sentinel said"), and possessives
 * ("OpenAI's"). Places, datelines, days, months, offices ("the Energy Minister") and pronouns are
 * not entities.
 */
final class EntityFinder {

  /** Days and months, written out or abbreviated, are capitalised but name no one. */
  private static final Pattern CALENDAR_WORD = Pattern.compile(
      "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s.*)?"
          + "|(?i:january|february|march|april|may|june|july|august|september|october|november|"
          + "december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
          // "May Chen", "Jun Park", "April Ryan": a month without a stop before a name is a name.
          + "(?:\\.(?:\\s.*)?|\\s+(?!\\p{Lu}\\p{Ll}).*)?");
  /** A sentence ends inside a run: "on Tuesday. Asked", but not "U.S. District". */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=\\p{L}\\p{Ll})(?<!\\b(?:Gov|"
      + "Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Supt|Insp|Det|Prof|Dr|Mr|Mrs|Ms|St|Mt|Ft|Jr|Sr|"
      + "Rev|Hon|Atty|Cllr|Inc|Corp|Ltd|Co|Bros))\\.\\s+");
  /** "MPs", "CEOs": a plural of initials is a group of people, not a name. */
  private static final Pattern PLURAL_INITIALS = Pattern.compile("\\s*\\b\\p{Lu}{2,}s$");
  /** "Energy Minister", "Defence Secretary": an office, not its holder. */
  private static final Pattern OFFICE = Pattern.compile("(?i:.*\\b" + RoleBook.ROLE + ")");
  /** "I", "I'll", "Grieve-ites": a pronoun or a name made into a group's label. */
  private static final Pattern NOT_A_NAME = Pattern.compile("I(?:['\u2019]\\p{L}+)?|.*-ites?");
  private static final Pattern OWNED = Pattern.compile("\\p{Lu}\\p{L}+['\u2019]s\\s+(\\p{Lu}.+)");
  /** "wrote on X": the one-letter platform. */
  private static final Pattern PLATFORM_X = Pattern.compile("\\b(?:on|to) X\\b");

  List<Entity> find(String text, List<Span> sentences, List<Quote> quotes, NameBook names) {
    Map<String, EntityType> types = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    Set<String> speakers = new HashSet<>();
    for (Quote quote : quotes) {
      var speaker = quote.speaker();
      if (speaker.type() == SpeakerType.PERSON || speaker.type() == SpeakerType.ORGANIZATION) {
        if (!speaker.name().startsWith("the ")) {
          speakers.add(speaker.name());
          types.putIfAbsent(speaker.name(), speaker.type() == SpeakerType.PERSON
              ? EntityType.PERSON : EntityType.ORGANIZATION);
        }
        if (speaker.role() != null) {
          roles.putIfAbsent(speaker.name(), speaker.role());
        }
      }
      String addressee = quote.addressee() == null ? "" : Names.clean(quote.addressee());
      // "told the BBC" is an outlet; "told the Unity Party" and "told MPs" are not.
      if (isName(addressee) && (EntityTyper.isOutletName(addressee) || !Organisations
          .isOrganisation(addressee) && Pattern.compile("\\btold (?:the )?"
              + Pattern.quote(addressee) + "\\b").matcher(text).find())) {
        types.putIfAbsent(addressee, EntityType.OUTLET);
      }
    }
    if (PLATFORM_X.matcher(text).find()) {
      types.putIfAbsent("X", EntityType.PRODUCT);
    }
    Set<String> places = new HashSet<>();
    Set<String> alone = new HashSet<>();
    List<Names.Run> runs = Names.names(text);
    WholeText whole = new WholeText(text, sentences, runs);
    for (Names.Run run : runs) {
      int at = run.start();
      for (String part : SENTENCE_BREAK.split(run.text())) {
        int start = text.indexOf(part, at);
        at = start + part.length();
        String institution = Names.institutionBeforeTitle(part);
        if (institution != null && !whole.isPlace(institution, start, start)) {
          types.putIfAbsent(names.canonical(institution), EntityType.ORGANIZATION);
        }
        String name = PLURAL_INITIALS.matcher(Names.clean(part)).replaceFirst("");
        if (!isName(name)) {
          continue;
        }
        if (!names.isKnownPerson(name) && (whole.isPlace(name, start, start + part.length())
            || whole.isDemonym(name))) {
          places.add(name);
          continue;
        }
        boolean lone = !name.contains(" ");
        // "State employees", "Transit agencies": a sentence opens on a word the text also
        // writes in lower case, so the capital is the sentence's, not a name's.
        boolean commonWord = lone && whole.usedInLowerCase(name);
        if (lone && !commonWord) {
          alone.add(name);
        }
        String canonical = PLURAL_INITIALS.matcher(names.canonical(name)).replaceFirst("");
        if (lone && whole.startsSentence(start) && !types.containsKey(canonical)
            && (commonWord || !whole.appearsMidSentence(name))) {
          continue;
        }
        // Typing reads the whole text, so each name is typed once, not at every mention.
        types.computeIfAbsent(canonical, key -> EntityTyper.classify(text, key, names));
        String title = titleBefore(part, name);
        if (title != null && types.get(canonical) == EntityType.PERSON) {
          // "Gov. Ramon Ferreira", "Assembly Speaker Lorraine Haldane": the title is the role
          // the text gives, when no apposition says more.
          roles.putIfAbsent(canonical, title);
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, EntityType> entry : types.entrySet()) {
      if (places.contains(entry.getKey()) && !speakers.contains(entry.getKey())
          || isShortForm(entry.getKey(), types)) {
        continue;
      }
      alone.removeAll(places);
      List<Span> mentions = mentions(text, entry.getKey(), entry.getValue(), alone,
          names.aliases(entry.getKey()));
      if (entry.getValue() == EntityType.PERSON && !roles.containsKey(entry.getKey())) {
        String apposed = Appositions.roleOf(text, entry.getKey());
        if (apposed != null) {
          roles.put(entry.getKey(), apposed);
        }
      }
      if (!mentions.isEmpty()) {
        entities.add(new Entity(entry.getKey(), entry.getValue(), roles.get(entry.getKey()),
            mentions));
      }
    }
    return entities;
  }

  /** The titles written before a person's name in its run, or null if there are none. */
  private static @Nullable String titleBefore(String run, String name) {
    String whole = Names.bare(run);
    int at = whole.lastIndexOf(" " + name);
    if (at < 0) {
      return null;
    }
    String title = whole.substring(0, at).strip();
    return title.isEmpty() || !Character.isUpperCase(title.charAt(0)) ? null : title;
  }

  /** Whether a cleaned run can name an entity at all, wherever it stands. */
  private static boolean isName(String name) {
    return !name.isBlank() && name.length() >= 3 && Character.isUpperCase(name.charAt(0))
        && !Names.isShouted(name) && !PLURAL_INITIALS.matcher(name).matches()
        && !CALENDAR_WORD.matcher(name).matches()
        && Names.canName(name) && !NOT_A_NAME.matcher(name).matches()
        && !(OFFICE.matcher(name).matches() && !Organisations.isOrganisation(lastWord(name)));
  }

  /** "Commission" beside "European Commission": one organisation, named short. */
  private static boolean isShortForm(String name, Map<String, EntityType> types) {
    if (name.contains(" ")) {
      return false;
    }
    for (Map.Entry<String, EntityType> entry : types.entrySet()) {
      String[] words = entry.getKey().split("\\s+");
      if (entry.getValue() == EntityType.ORGANIZATION && words.length > 1
          && (words[0].equals(name) || words[words.length - 1].equals(name))) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String name) {
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }

  private static List<Span> mentions(String text, String name, EntityType type,
      Set<String> alone, List<String> aliases) {
    List<String> forms = new ArrayList<>(List.of(name));
    forms.addAll(aliases);
    String[] words = name.split("\\s+");
    if (type == EntityType.PERSON && words.length > 1) {
      forms.add(words[words.length - 1]);
    }
    // "Frontier senators" for the Frontier Party, "Sentinel said" for Sentinel Aerospace.
    if (type == EntityType.ORGANIZATION && words.length > 1) {
      if (alone.contains(words[0])) {
        forms.add(words[0]);
      }
      if (alone.contains(words[words.length - 1]) && !Names.hasConnector(name)) {
        forms.add(words[words.length - 1]);
      }
    }
    // "Ostmark’s Interior Ministry" is mentioned as "Interior Ministry": the owner is a place.
    Matcher owned = OWNED.matcher(name);
    if (owned.matches()) {
      forms.set(0, owned.group(1));
    }
    List<Span> spans = new ArrayList<>();
    TreeMap<Integer, Span> byStart = new TreeMap<>();
    for (String form : forms) {
      Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form)
          + "(?![\\p{L}\\p{N}]|-\\p{L})").matcher(text);
      while (matcher.find()) {
        Span span = new Span(matcher.start(), matcher.end());
        if (!overlapsAny(byStart, span)) {
          byStart.put(span.start(), span);
          spans.add(span);
        }
      }
    }
    spans.sort(null);
    return spans;
  }

  /** Whether the span shares a character with one of the spans kept, which never overlap. */
  private static boolean overlapsAny(TreeMap<Integer, Span> byStart, Span span) {
    var before = byStart.floorEntry(span.start());
    var after = byStart.ceilingEntry(span.start());
    return before != null && before.getValue().overlaps(span)
        || after != null && after.getValue().overlaps(span);
  }
}
