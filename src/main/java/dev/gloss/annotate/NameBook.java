package dev.gloss.annotate;

import dev.gloss.model.SpeakerType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names one article uses, so that "Brennan" and "Sen. Mabry" resolve to the person first
 * introduced as "Walter Brennan" and "Carolyn Mabry", "Sentinel" to "Sentinel Aerospace", and so
 * that a speaker can be told to be a person or an organisation.
 */
final class NameBook {

  /** "the Morning Dispatch": a name after a lower-case "the" is an institution's, not a person's. */
  private static final Pattern ACRONYM = Pattern.compile("(" + Names.NAME
      + ")\\s+\\((\\p{Lu}[\\p{Lu}&]+)\\)");
  private static final Pattern AFTER_AT = Pattern.compile("\\bat\\s+$");
  private static final Pattern AFTER_THE = Pattern.compile("\\bthe\\s+$");

  private final String text;
  private final Map<String, Gender> genders = new HashMap<>();
  private final Map<String, String> bySurname = new LinkedHashMap<>();
  private final Map<String, String> byFirstWord = new LinkedHashMap<>();
  private final Map<String, String> fullNames = new LinkedHashMap<>();
  private final Set<String> institutions = new HashSet<>();
  /** Opening words of an organisation's name used as a name: "Southern Cross". */
  private final Map<String, String> shortForms = new HashMap<>();
  /** Organisations by their first word, so that "Lumen" resolves to "Lumen AI". */
  private final Map<String, String> organisations = new LinkedHashMap<>();

  /** Reads every multi-word name in the text, in order, so that later short forms resolve. */
  NameBook(String text) {
    this.text = text;
    for (Names.Run run : Names.names(text)) {
      String name = Names.clean(run.text());
      String[] words = name.split("\\s+");
      boolean followsThe = AFTER_THE.matcher(text.substring(Math.max(0, run.start() - 5),
          run.start())).find();
      boolean afterThe = followsThe && name.equals(Names.trimPossessive(run.text()));
      if (afterThe || Names.hasConnector(name)) {
        institutions.add(name);
      }
      String whole = Names.bare(run.text());
      if (AFTER_AT.matcher(text.substring(Math.max(0, run.start() - 4), run.start())).find()
          && whole.contains(" ") && Gender.givenName(whole) == Gender.UNKNOWN) {
        // "a nurse at Port Aldous General": where someone works or is, not who they are.
        institutions.add(whole);
        shortForms.putIfAbsent(name, whole);
        organisations.putIfAbsent(whole.split("\\s+")[0], whole);
        continue;
      }
      if (followsThe && !whole.equals(name) && whole.split("\\s+").length > 2
          && !Names.isTitleOnly(whole.substring(0, whole.length() - name.length()).strip())) {
        // "the Kisan Jal Sangharsh Samiti": after "the", a long run is an institution's whole
        // name, not titles before a person's ("the Prime Minister Jane Roe" keeps its person).
        shortForms.putIfAbsent(name, whole);
        institutions.add(whole);
        organisations.putIfAbsent(whole.split("\\s+")[0], whole);
        continue;
      }
      if (words.length < 2 || words.length > 4 || Organisations.isOrganisation(name)
          || Names.isShouted(name) || Names.isCalendar(words[0]) || Names.isTitleOnly(name)
          || Names.isPlace(name) || Places.isKnown(name) || placeLed(name)
          || institutions.contains(name)) {
        if (!name.isBlank() && (Organisations.isOrganisation(name) || placeLed(name)
            || institutions.contains(name))) {
          organisations.putIfAbsent(words[0], name);
        }
        continue;
      }
      fullNames.putIfAbsent(name, name);
      bySurname.putIfAbsent(words[words.length - 1], name);
      byFirstWord.putIfAbsent(words[0], name);
    }
    // "the Independent Forecasting Board (IFB)": the initials stand for the name before them.
    Matcher acronym = ACRONYM.matcher(text);
    while (acronym.find()) {
      String full = Names.bare(acronym.group(1));
      if (!full.isBlank() && initialsOf(full).startsWith(acronym.group(2).substring(0, 1))) {
        shortForms.putIfAbsent(acronym.group(2), full);
        organisations.putIfAbsent(full.split("\\s+")[0], full);
      }
    }
    // "Southern Cross backbencher" after "the Southern Cross Party": the opening words of an
    // institution's name are its short form, not a person.
    for (String organisation : organisations.values()) {
      fullNames.keySet().removeIf(name -> {
        boolean prefix = organisation.startsWith(name + " ");
        if (prefix) {
          shortForms.put(name, organisation);
        }
        return prefix;
      });
    }
    bySurname.values().removeIf(shortForms::containsKey);
    byFirstWord.values().removeIf(shortForms::containsKey);
  }

  /** The fullest form of a name the article gives. */
  String canonical(String name) {
    String bare = Names.clean(name);
    if (fullNames.containsKey(bare)) {
      return bare;
    }
    if (shortForms.containsKey(bare)) {
      return shortForms.get(bare);
    }
    String[] words = bare.split("\\s+");
    if (words.length == 1 && organisations.containsKey(bare)) {
      return organisations.get(bare);
    }
    String full = bySurname.get(words[words.length - 1]);
    if (full != null && (words.length == 1 || full.endsWith(bare))) {
      return full;
    }
    String first = byFirstWord.get(bare);
    if (words.length == 1 && first != null && (Gender.givenName(first) == Gender.UNKNOWN
        || onlyOneCalled(bare))) {
      // "Sentinel said" after "Sentinel Aerospace": news names people by surname, so a lone
      // first word of an earlier name that is not a given name is that name's short form; a
      // given name alone ("That is how forecasts work, Jo.") is the one person who has it.
      return first;
    }
    return bare;
  }

  /**
   * Other names the text uses for an entity: its initials ("IFB"), the opening words of an
   * institution's name ("Southern Cross"), and a person's given name alone when no one else in
   * the article has it ("Jo").
   */
  java.util.List<String> aliases(String canonical) {
    java.util.List<String> aliases = new java.util.ArrayList<>();
    shortForms.forEach((alias, full) -> {
      if (full.equals(canonical)) {
        aliases.add(alias);
      }
    });
    String given = canonical.split("\\s+")[0];
    if (fullNames.containsKey(canonical) && canonical.contains(" ") && onlyOneCalled(given)
        && Gender.givenName(canonical) != Gender.UNKNOWN) {
      aliases.add(given);
    }
    return aliases;
  }

  private static String initialsOf(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  private boolean onlyOneCalled(String givenName) {
    return fullNames.keySet().stream().filter(name -> name.startsWith(givenName + " ")).count() == 1
        && !bySurname.containsKey(givenName);
  }

  /** The gender the text gives the person with this canonical name, worked out once. */
  Gender gender(String canonical) {
    return genders.computeIfAbsent(canonical, name -> Gender.of(text, name));
  }

  /** Whether the article introduced this person with a fuller name. */
  boolean isKnownPerson(String name) {
    String canonical = canonical(name);
    return fullNames.containsKey(canonical) && !institutions.contains(canonical);
  }

  /**
   * The organisation a generic noun ("the company", "the group") stands for: the last one named
   * before {@code at} whose name has the noun; else one introduced as "a hacking group", which
   * the gold calls "the hacking group"; else the first organisation the text names.
   */
  @Nullable String organisationBefore(String text, int at, String noun) {
    String before = text.substring(0, Math.max(0, at));
    Matcher runs = Names.NAME_RUN.matcher(before);
    String found = null;
    while (runs.find()) {
      String run = Names.trimPossessive(runs.group()).replaceFirst("^The\\s+", "");
      if (Organisations.isOrganisation(run) && run.split("\\s+").length <= 6
          && run.toLowerCase(Locale.ROOT).contains(noun)) {
        found = ownerOf(before, runs.start()) + run;
      }
    }
    if (found != null) {
      return found;
    }
    Matcher indefinite = Pattern.compile("\\b(?i:a|an)\\s+([a-z-]+)\\s+" + Pattern.quote(noun)
        + "\\b").matcher(before);
    if (indefinite.find() && !indefinite.group(1).matches("new|former|local|small|large|big")) {
      return "the " + indefinite.group(1) + " " + noun;
    }
    for (String candidate : Names.runs(before)) {
      String run = Names.trimPossessive(candidate).replaceFirst("^The\\s+", "");
      if (!Names.clean(run).isBlank() && !Names.isCalendar(run) && !Names.isTitleOnly(run)
          && (Organisations.isOrganisation(run)
          || (!fullNames.containsKey(run) && run.split("\\s+").length == 1)
          || gender(run) == Gender.UNKNOWN && text.startsWith(candidate))) {
        // "Brightline denied it" after "Brightline Parcel": the name it was introduced by.
        return canonical(run);
      }
    }
    return null;
  }

  /**
   * "Queensland First", "Texas Instruments": a name that opens with a place that is no given
   * name is an institution's, not a person's.
   */
  private static boolean placeLed(String name) {
    String[] words = name.split("\\s+");
    return words.length > 1 && Places.isKnown(words[0]) && Gender.givenName(name) == Gender.UNKNOWN;
  }

  /** "Ostmark’s " when the name at {@code start} is owned ("Ostmark’s Interior Ministry"). */
  private static String ownerOf(String before, int start) {
    Matcher owner = Pattern.compile("(\\p{Lu}[\\p{L}-]*['\u2019]s\\s+)$")
        .matcher(before.substring(Math.max(0, start - 40), start));
    return owner.find() ? owner.group(1) : "";
  }

  /** Person, organisation or unknown for a name as the text gives it. */
  SpeakerType typeOf(String name) {
    if (Organisations.isOrganisation(name) || name.startsWith("the ") || placeLed(name)) {
      return SpeakerType.ORGANIZATION;
    }
    String canonical = canonical(name);
    if (canonical.split("\\s+").length >= 2 && !institutions.contains(canonical)
        && !Organisations.isOrganisation(canonical)) {
      return SpeakerType.PERSON;
    }
    return SpeakerType.ORGANIZATION;
  }
}
