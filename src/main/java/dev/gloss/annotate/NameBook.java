package dev.gloss.annotate;

import dev.gloss.model.SpeakerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names an article uses, so that "Brennan" and "Sen. Mabry" resolve to the person first
 * introduced as "Walter Brennan" and "Carolyn Mabry", and so that a speaker can be told to be a
 * person, an organisation or a document.
 */
final class NameBook {

  /** A capitalised run of words: "Niko Felix", "M.B. Mack", "Hugging Face", "Ana de la Cruz". */
  static final String NAME = "(?:\\p{Lu}(?:[\\p{L}\\p{N}.&-]|['\u2019](?=\\p{L}{2}))*)"
      + "(?:(?<=s)['\u2019](?=[ \\t]+\\p{Lu}))?"
      + "(?:[ \\t]+(?:(?:de|da|del|van|von|der|den|la|le|al|bin|el|du|of|for|and)[ \\t]+)*"
      + "\\p{Lu}(?:[\\p{L}\\p{N}.&-]|['\u2019](?=\\p{L}{2}))*"
      + "(?:(?<=s)['\u2019](?=[ \\t]+\\p{Lu}))?)*";
  static final Pattern NAME_RUN = Pattern.compile(NAME);

  /** Titles dropped from the front of a name: the person is "Carolyn Mabry", not "Sen. Mabry". */
  private static final Pattern TITLE = Pattern.compile(
      "^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cllr|Coun|Rev|St)\\.?|Sir|Dame|"
          + "Lord|Lady|President|Premier|Chancellor|Minister|Secretary|Senator|Governor|Mayor|"
          + "Judge|Justice|Officer|Detective|Inspector|Superintendent|Commissioner|Chief|Director|"
          + "Professor|Doctor|Father|Bishop|Coach|Captain|Councillor|Councilor|Alderman|"
          + "(?:Assembly|Congress|Council|Chair|Spokes)(?:wo)?man|Chairman|Chairwoman|Chair|"
          + "Opposition|Former|Deputy|Acting|Interim|Leader|Prime Minister|U\\.S\\.|US|UK|"
          + "District|Assistant|Attorney|General|Home|Foreign|Health|Executive|Constable|"
          + "Admiral|Prosecutor|Det\\.|Supt\\.|Insp\\.|Cmdr\\.?|Sheriff|"
          + "Pastor|Rabbi|Imam|Dean|Principal|Head|Headteacher|Manager|Striker|Midfielder|"
          + "Defender|Goalkeeper|Pensioner|Resident|Nurse|Paramedic|Farmer|Teacher)\\s+");

  private static final Set<String> ORGANISATION_WORDS = Set.of("council", "ministry", "office",
      "department", "company", "inc", "inc.", "corp", "corp.", "ltd", "association", "union",
      "club", "authority", "agency", "board", "commission", "committee", "court", "police",
      "university", "institute", "party", "group", "bank", "museum", "hospital", "service",
      "federation", "league", "foundation", "trust", "government", "administration", "parliament",
      "senate", "assembly", "congress", "coalition", "alliance", "network", "airline", "airways",
      "fund", "organisation", "organization", "society", "college", "school", "district",
      "borough", "county", "city", "state", "army", "navy", "force", "labs", "technologies",
      "media", "news", "press", "times", "post", "journal", "herald", "review", "reuters",
      "openai", "nhs", "fc", "plc", "llc", "embassy", "cooperative", "co-op", "region", "centre",
      "center", "team", "church", "project", "campaign", "motors", "foods", "airlines", "energy",
      "systems", "solutions", "capital", "partners", "industries", "pharmaceuticals", "studios",
      "games", "crossings", "ai", "health", "insurance", "railways", "rail", "house",
      "homes", "developments", "construction", "logistics", "retail", "stores", "markets",
      "exchange", "brands", "entertainment", "records", "pictures", "software", "robotics",
      "therapeutics", "biotech", "laboratories", "laboratory", "hotels", "resorts", "water",
      "electric", "power", "oil", "gas", "mining", "steel", "motor", "auto", "automotive",
      "telecom", "communications", "broadband", "cable", "wireless", "mobile", "digital",
      "ventures", "investments", "securities", "bancorp", "financial", "global", "international",
      "worldwide", "ministries", "authorities", "unit", "command", "squad", "council's");

  /** Nouns for documents that speak in news copy: "said the open letter", "the report found". */
  static final String DOCUMENT_NOUNS = "(?:open letter|letter|statement|joint statement|report|"
      + "manifesto|memo|memorandum|filing|complaint|lawsuit|indictment|study|survey|review|audit|"
      + "ruling|judgment|judgement|verdict|press release|release|post|blog post|tweet|email|"
      + "document|note|petition|announcement|affidavit|transcript|submission|guidance|notice)";
  private static final Pattern DOCUMENT = Pattern.compile(
      "\\b(?:the|a|an|its|their|his|her|this)\\s+(?:\\w+\\s+)??(" + DOCUMENT_NOUNS + ")\\b",
      Pattern.CASE_INSENSITIVE);

  /** Nouns for an organisation named only by what it is: "the ministry said". */
  private static final Pattern GENERIC_ORGANISATION = Pattern.compile(
      "\\bthe\\s+(company|firm|ministry|council|club|department|agency|government|authority|"
          + "board|committee|union|party|airline|district|hospital|university|school|museum|"
          + "police|force|court|prosecution|defence|defense|campaign|group|organisation|"
          + "organization|charity|operator|developer|retailer|bank|regulator|watchdog|team|city|"
          + "county|state|region|startup|insurer|landlord|station|network|publisher|broadcaster)"
          + "\\b", Pattern.CASE_INSENSITIVE);

  private final String text;
  private final Map<String, Gender> genders = new java.util.HashMap<>();
  private final Map<String, String> bySurname = new LinkedHashMap<>();
  private final Map<String, String> fullNames = new LinkedHashMap<>();
  /** Organisations by their first word, so that "Lumen" resolves to "Lumen AI". */
  private final Map<String, String> organisations = new LinkedHashMap<>();

  /** Reads every multi-word name in the text, in order, so that later short forms resolve. */
  NameBook(String text) {
    this.text = text;
    Matcher matcher = NAME_RUN.matcher(text);
    while (matcher.find()) {
      String name = clean(matcher.group());
      String[] words = name.split("\\s+");
      if (words.length < 2 || words.length > 4 || isOrganisation(name) || isShouted(name)
          || isCalendar(words[0]) || isTitleOnly(name)) {
        if (words.length >= 1 && isOrganisation(name) && !name.isBlank()) {
          organisations.putIfAbsent(words[0], name);
        }
        continue;
      }
      fullNames.putIfAbsent(name, name);
      bySurname.putIfAbsent(words[words.length - 1], name);
    }
  }

  /** The fullest form of a person's name the article gives. */
  String canonical(String name) {
    String bare = clean(name);
    if (fullNames.containsKey(bare)) {
      return bare;
    }
    String[] words = bare.split("\\s+");
    if (words.length == 1 && organisations.containsKey(bare)) {
      return organisations.get(bare);
    }
    String full = bySurname.get(words[words.length - 1]);
    if (full != null && (words.length == 1 || full.endsWith(bare))) {
      return full;
    }
    return bare;
  }

  /** The gender the text gives the person with this canonical name, worked out once. */
  Gender gender(String canonical) {
    return genders.computeIfAbsent(canonical, name -> Gender.of(text, name));
  }

  /** Whether the article introduced this person with a fuller name. */
  boolean isKnownPerson(String name) {
    String canonical = canonical(name);
    return fullNames.containsKey(canonical);
  }

  /** Words that start sentences with a capital but never start a name. */
  private static final Pattern LEADING_FUNCTION_WORD = Pattern.compile(
      "^(?:The|A|An|In|On|At|By|For|From|But|And|Or|So|When|While|After|Before|If|As|This|That|"
          + "These|Those|It|He|She|They|We|I|You|His|Her|Their|Our|Its|Yet|Then|Now|Since|Under|"
          + "With|Without|Last|Next|Every|Some|Many|Most|All|Both|One|Two|Three|Meanwhile|"
          + "However|According|Across|Among|During|Despite|Although|Though|Because|Once|Until|"
          + "Why|What|Who|How|Where|Asked|Speaking|Writing)\\s+");

  /** A name as the text gives it, without a leading function word, title or possessive. */
  static String clean(String run) {
    String name = trimPossessive(run.strip());
    for (int i = 0; i < 3; i++) {
      String stripped = LEADING_FUNCTION_WORD.matcher(name + " ").replaceFirst("").strip();
      if (stripped.equals(name)) {
        break;
      }
      name = stripped;
    }
    return stripTitle(name);
  }

  /** "ARTISTS ARE NOT YOUR": words in capitals are emphasis, not a name. */
  static boolean isShouted(String name) {
    String[] words = name.split("\\s+");
    int shouted = 0;
    for (String word : words) {
      if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
          && word.chars().anyMatch(Character::isLetter)) {
        shouted++;
      }
    }
    return words.length > 1 && shouted == words.length;
  }

  static String stripTitle(String name) {
    String result = name;
    for (int i = 0; i < 4; i++) {
      String stripped = TITLE.matcher(result).replaceFirst("");
      if (stripped.equals(result) || stripped.isBlank()) {
        break;
      }
      result = stripped;
    }
    return lastNameWords(result);
  }

  private static final Pattern PARTICLE_OR_INITIAL =
      Pattern.compile("^(?:de|da|del|van|von|der|den|la|le|al|bin|el|du|\\p{Lu}\\.)$");

  /**
   * Titles are an open class ("Pensioner Margaret Dunn", "Assistant District Attorney Kim
   * Tran"), so a run of three or more capitalised words that is not an organisation is read as
   * titles followed by a given name and a surname, keeping particles and middle initials.
   */
  private static String lastNameWords(String name) {
    String[] words = name.split("\\s+");
    if (words.length < 3 || isOrganisation(name)) {
      return name;
    }
    int start = words.length - 2;
    while (start > 0 && (PARTICLE_OR_INITIAL.matcher(words[start]).matches()
        || PARTICLE_OR_INITIAL.matcher(words[start - 1]).matches())) {
      start--;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
  }

  /**
   * The organisation a generic noun ("the company", "the group") stands for: the last one named
   * before {@code at} whose name has the noun; else one introduced as "a hacking group", which
   * the gold calls "the hacking group"; else the first organisation the text names.
   */
  @Nullable String organisationBefore(String text, int at, String noun) {
    List<String> runs = runs(text.substring(0, Math.max(0, at)));
    for (int i = runs.size() - 1; i >= 0; i--) {
      String run = trimPossessive(runs.get(i)).replaceFirst("^The\\s+", "");
      if (isOrganisation(run) && run.split("\\s+").length <= 6
          && run.toLowerCase(Locale.ROOT).contains(noun)) {
        return run;
      }
    }
    Matcher indefinite = Pattern.compile("\\b(?i:a|an)\\s+([a-z-]+)\\s+" + Pattern.quote(noun)
        + "\\b").matcher(text.substring(0, Math.max(0, at)));
    if (indefinite.find() && !indefinite.group(1).matches("new|former|local|small|large|big")) {
      return "the " + indefinite.group(1) + " " + noun;
    }
    for (String candidate : runs) {
      String run = trimPossessive(candidate).replaceFirst("^The\\s+", "");
      if (!clean(run).isBlank() && !isCalendar(run) && !isTitleOnly(run)
          && (isOrganisation(run) || (!fullNames.containsKey(run) && run.split("\\s+").length == 1)
          || gender(run) == Gender.UNKNOWN && text.startsWith(candidate))) {
        return run;
      }
    }
    return null;
  }

  static String trimPossessive(String name) {
    String trimmed = name.replaceAll("['\u2019]s?$", "").replaceAll(",$", "");
    // "Brightwave Inc." keeps the full stop of its abbreviation; a sentence's full stop goes.
    return ABBREVIATED.matcher(trimmed).find() ? trimmed : trimmed.replaceAll("\\.$", "");
  }

  private static final Pattern ABBREVIATED = Pattern.compile(
      "\\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St)\\.$|\\b\\p{Lu}\\.$");

  private static final Pattern CALENDAR = Pattern.compile(
      "(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
          + "april|may|june|july|august|september|october|november|december|today|yesterday)"
          + "(?:\\.?\\s+\\p{L}+)?\\.?");

  /** Days and months are capitalised but name no one. */
  static boolean isCalendar(String name) {
    return CALENDAR.matcher(name).matches();
  }

  /** "Home Secretary", "Mayor": a run made of titles alone names an office, not a person. */
  static boolean isTitleOnly(String name) {
    String rest = name.strip() + " ";
    for (int i = 0; i < 5 && !rest.isBlank(); i++) {
      String stripped = TITLE.matcher(rest).replaceFirst("");
      if (stripped.equals(rest)) {
        return false;
      }
      rest = stripped;
    }
    return rest.isBlank();
  }

  /** "the Foreign Secretary" for a phrase that is a determiner and titles alone, else null. */
  static @Nullable String titleOnly(String phrase) {
    Matcher matcher = Pattern.compile("^(?i:the)\\s+(.+)$").matcher(phrase.strip());
    return matcher.matches() && isTitleOnly(matcher.group(1)) ? "the " + matcher.group(1) : null;
  }

  /** Whether the words are one capitalised run: "Callum Marsh", "Castlegate Homes". */
  static boolean isProperName(String words) {
    Matcher matcher = NAME_RUN.matcher(words);
    return matcher.matches() && !clean(words).isBlank() && !isTitleOnly(words);
  }

  static boolean isOrganisation(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (ORGANISATION_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "the open letter" for any phrase naming a document ("a manifesto" stays "the manifesto"). */
  static @Nullable String document(String phrase) {
    Matcher matcher = DOCUMENT.matcher(phrase);
    return matcher.find() ? "the " + matcher.group(1).toLowerCase(Locale.ROOT) : null;
  }

  static @Nullable String genericOrganisation(String phrase) {
    Matcher matcher = GENERIC_ORGANISATION.matcher(phrase);
    return matcher.find() ? "the " + matcher.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Person, organisation or unknown for a name as the text gives it. */
  SpeakerType typeOf(String name) {
    if (isOrganisation(name) || name.startsWith("the ")) {
      return SpeakerType.ORGANIZATION;
    }
    String canonical = canonical(name);
    if (canonical.split("\\s+").length >= 2) {
      return SpeakerType.PERSON;
    }
    return SpeakerType.ORGANIZATION;
  }

  /** Every capitalised run in a stretch of text, in order. */
  static List<String> runs(String text) {
    List<String> runs = new ArrayList<>();
    Matcher matcher = NAME_RUN.matcher(text);
    while (matcher.find()) {
      runs.add(matcher.group());
    }
    return runs;
  }
}
