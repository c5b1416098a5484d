package dev.gloss.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names the outlet. The copyright holder is the surest source but is often the company ("Valley
 * Tribune Media Group") or carries a tagline ("Statehouse Current, a nonprofit newsroom"), so the
 * masthead's form of the name is looked for in the page's header ({@link Masthead}); a holder the
 * header never shows is the company that owns the outlet, which the header names instead (the
 * byline's "for The Daily Heraldry", say). Without a copyright line, a "Headline | Outlet"
 * suffix, the name the page's e-mail and web addresses are made of, a name the header repeats,
 * or the header's first name will do; the buttons and prompts of the page's furniture
 * ("Subscribe", twice) are never the outlet. A name the masthead sets in capitals is given as
 * the page's running text spells it.
 */
final class PublicationFinder {

  private static final Pattern CORPORATE_TAIL = Pattern.compile(
      "(?:,\\s+(?:an?|part of)\\s.*|\\s+(?:a division of|part of)\\b.*"
          + "|(?:\\s+(?:news|&|and|or))*,?\\s+(?:media|group|holdings|publishing|publications|"
          + "newspapers?|communications|broadcasting|inc|ltd|llc|limited|co|corp|corporation"
          + "|company|plc|gmbh|ab|asa|oyj?"
          + "|ag|bv|nv|pty)\\b.*)$",
      Pattern.CASE_INSENSITIVE);
  /** The site's name in an address: "newsroom@cedarforkledger.example", "www.outlet.example". */
  private static final Pattern ADDRESS_NAME = Pattern.compile(
      "(?:@|\\bwww\\.|https?://)([\\p{L}\\p{N}-]+)\\.", Pattern.CASE_INSENSITIVE);

  private PublicationFinder() {
  }

  /**
   * @param copyrightHolder who holds the copyright, when the page says and it is not the writer
   * @param titleSuffix the outlet after the headline ("Headline | Outlet"), if printed
   * @param header the lines above the body
   * @param kinds their kinds, same indices
   * @param title the headline
   * @param page all of the page's lines, where the running text spells the name
   * @return the outlet's name, or null when the page does not tell
   */
  static @Nullable String find(@Nullable String copyrightHolder, @Nullable String titleSuffix,
      List<SourceLine> header, List<LineKind> kinds, @Nullable String title,
      List<SourceLine> page) {
    List<SourceLine> named = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (isNamed(kinds.get(i))) {
        named.add(header.get(i));
      }
    }
    SourceLine first = firstName(header, kinds);
    String found;
    if (copyrightHolder != null) {
      Matcher tail = CORPORATE_TAIL.matcher(copyrightHolder);
      boolean company = tail.find();
      String stem = company ? copyrightHolder.substring(0, tail.start()).strip() : copyrightHolder;
      stem = stem.isEmpty() ? copyrightHolder : stem;
      found = Masthead.spelling(stem, header, first, titleSuffix);
      if (found == null && company) {
        found = bylineOutlet(header, kinds);
      }
      if (found == null && company) {
        found = fromHeader(header, kinds, named, title, page, true);
      }
      found = found == null ? stem : found;
    } else {
      found = titleSuffix != null ? titleSuffix
          : fromHeader(header, kinds, named, title, page, false);
    }
    return found == null ? null : asRunningTextSpellsIt(found, copyrightHolder, page);
  }

  /**
   * The outlet as the header alone tells it: by its address, its repetition, or its place.
   *
   * @param named the header's lines that are not furniture, in order
   * @param confirmPlace whether a name found only by its place must also stand elsewhere on the
   *     page ("Download the KVTR Action 9 News app"), as when a copyright line names another
   *     company: a name a page gives once in its first line may be a button ("Menu")
   */
  private static @Nullable String fromHeader(List<SourceLine> header, List<LineKind> kinds,
      List<SourceLine> named, @Nullable String title, List<SourceLine> page,
      boolean confirmPlace) {
    String addressed = addressedName(named, page);
    if (addressed != null) {
      return addressed;
    }
    String repeated = repeatedName(header, kinds);
    if (repeated != null) {
      return repeated;
    }
    SourceLine first = firstName(header, kinds);
    boolean placed = first != null && Masthead.looksLikeName(first)
        && !first.text().equals(title);
    return placed && (!confirmPlace || standsElsewhere(first, page)) ? first.text() : null;
  }

  private static boolean standsElsewhere(SourceLine name, List<SourceLine> page) {
    Pattern same = wholeWords(name.text());
    return page.stream().anyMatch(line -> line.number() != name.number()
        && same.matcher(line.text()).find());
  }

  /** The words of a name, matched whole and in any case. */
  private static Pattern wholeWords(String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The header's first line that is neither furniture nor a menu's item: where the nameplate
   * stands, under a skip link or a row of buttons ("Open in app", "Sign in", "Write").
   */
  private static @Nullable SourceLine firstName(List<SourceLine> header, List<LineKind> kinds) {
    for (int i = 0; i < header.size(); i++) {
      if (isNamed(kinds.get(i)) && !MenuLines.isItem(header, i)) {
        return header.get(i);
      }
    }
    return null;
  }

  /** The outlet the byline names: "Jane Doe · CNB News · Posted: ...", "By Jane Doe for X". */
  private static @Nullable String bylineOutlet(List<SourceLine> header, List<LineKind> kinds) {
    int byline = AuthorFinder.bylineIndex(header, kinds);
    return byline < 0 ? null : Byline.outlet(header.get(byline).text()).orElse(null);
  }

  /** Whether a line of this kind may name the outlet: furniture ("Subscribe") never does. */
  private static boolean isNamed(LineKind kind) {
    return kind != LineKind.WRAPPER && !kind.endsArticle();
  }

  /**
   * The header line whose letters make the name of the site in the page's e-mail or web
   * addresses: "West Clare Sentinel" for "reporter@westclaresentinel.example".
   */
  private static @Nullable String addressedName(List<SourceLine> named, List<SourceLine> page) {
    Set<String> addressNames = new HashSet<>();
    for (SourceLine line : page) {
      String text = line.text();
      if (text.indexOf('@') < 0 && text.indexOf('.') < 0) {
        continue;
      }
      Matcher address = ADDRESS_NAME.matcher(text);
      while (address.find()) {
        addressNames.add(address.group(1).toLowerCase(Locale.ROOT).replace("-", ""));
      }
    }
    if (addressNames.isEmpty()) {
      return null;
    }
    for (SourceLine line : named) {
      String letters = line.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (Masthead.looksLikeName(line) && (addressNames.contains(letters)
          || addressNames.contains(letters.replaceFirst("^the", "")))) {
        return line.text();
      }
    }
    return null;
  }

  /**
   * A short name the header shows twice: an outlet's logo and its label. A menu's item that a
   * section label repeats ("Local News" in the menu and over the headline) is not one.
   */
  private static @Nullable String repeatedName(List<SourceLine> header, List<LineKind> kinds) {
    Map<String, Integer> counts = new HashMap<>();
    for (SourceLine line : header) {
      counts.merge(line.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Set<String> menuItems = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String key = header.get(i).text().toLowerCase(Locale.ROOT);
      if (counts.get(key) > 1 && MenuLines.isItem(header, i)) {
        menuItems.add(key);
      }
    }
    for (int i = 0; i < header.size(); i++) {
      SourceLine line = header.get(i);
      String key = line.text().toLowerCase(Locale.ROOT);
      if (counts.get(key) > 1 && !menuItems.contains(key) && isNamed(kinds.get(i))
          && Masthead.looksLikeName(line)) {
        return line.text();
      }
    }
    return null;
  }

  /**
   * A nameplate set in capitals ("CONTINENTAL NEWS AGENCY") as the copyright line or the running
   * text spells the same words ("Continental News Agency"); a leading "THE" only as the running
   * text spells it too ("the Daily Heraldry" has no "The" in the name).
   */
  private static String asRunningTextSpellsIt(String name, @Nullable String copyrightHolder,
      List<SourceLine> page) {
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() < 2) {
      return name;
    }
    List<String> texts = new ArrayList<>();
    if (copyrightHolder != null) {
      texts.add(copyrightHolder);
    }
    page.forEach(line -> texts.add(line.text()));
    String spelt = mixedCaseSpelling(name, texts);
    String bare = name.replaceFirst("^THE\\s+", "");
    if (spelt == null && !bare.equals(name)) {
      spelt = mixedCaseSpelling(bare, texts);
    }
    return spelt != null ? spelt : name;
  }

  private static @Nullable String mixedCaseSpelling(String name, List<String> texts) {
    Pattern same = wholeWords(name);
    for (String text : texts) {
      Matcher matcher = same.matcher(text);
      while (matcher.find()) {
        String spelt = matcher.group();
        // "Daily Blare" in a credit, not "anb" in a web address.
        if (Character.isUpperCase(spelt.codePointAt(0))
            && !spelt.equals(spelt.toUpperCase(Locale.ROOT))) {
          return spelt;
        }
      }
    }
    return null;
  }
}
