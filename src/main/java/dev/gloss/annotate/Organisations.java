package dev.gloss.annotate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells organisations and documents from people by the words in their names: "Castlegate Homes"
 * and "the Ministry of Defence" are organisations, "the open letter" is a document, "the firm"
 * is an organisation named only by what it is.
 */
final class Organisations {

  private static final Set<String> WORDS = Set.of("council", "ministry", "office",
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
      "worldwide", "ministries", "authorities", "unit", "command", "squad", "council's",
      "aerospace", "defence", "defense", "order", "forum", "guild", "caucus", "secretariat",
      "treasury", "cabinet", "tribune", "gazette", "courier", "dispatch", "ledger", "daily",
      "radio", "television", "tv", "broadcasting", "greens", "diner", "regulator", "watchdog", "chamber", "academy", "bureau", "corps",
      "tribunal", "conference", "library", "research", "analytics", "consulting",
      "associates", "polling", "insights");

  /** Nouns for documents that speak in news copy: "said the open letter", "the report found". */
  static final String DOCUMENT_NOUNS = "(?:open letter|letter|statement|joint statement|report|"
      + "manifesto|memo|memorandum|filing|complaint|lawsuit|indictment|study|survey|review|audit|"
      + "ruling|judgment|judgement|verdict|press release|release|post|blog post|tweet|email|"
      + "document|note|petition|announcement|affidavit|transcript|submission|guidance|notice)";
  private static final Pattern DOCUMENT = Pattern.compile(
      "\\b(?:the|a|an|its|their|his|her|this)\\s+(?:\\w+\\s+)??(" + DOCUMENT_NOUNS + ")\\b",
      Pattern.CASE_INSENSITIVE);

  /** Nouns for an organisation named only by what it is: "the ministry said". */
  private static final Pattern GENERIC = Pattern.compile(
      "\\bthe\\s+(company|firm|ministry|council|club|department|agency|government|authority|"
          + "board|committee|union|party|airline|district|hospital|university|school|museum|"
          + "police|force|court|prosecution|defence|defense|campaign|group|organisation|"
          + "organization|charity|operator|developer|retailer|bank|regulator|watchdog|team|city|"
          + "county|state|region|startup|insurer|landlord|station|network|publisher|broadcaster)"
          + "\\b", Pattern.CASE_INSENSITIVE);

  private Organisations() {
  }

  /** Whether any word of the name is one organisations are named with. */
  static boolean isOrganisation(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (WORDS.contains(word)) {
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

  /** "the firm" for a phrase with a generic organisation noun, else null. */
  static @Nullable String generic(String phrase) {
    Matcher matcher = GENERIC.matcher(phrase);
    return matcher.find() ? "the " + matcher.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
