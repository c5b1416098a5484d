package dev.gloss.annotate;

import dev.gloss.model.Speaker;
import dev.gloss.model.SpeakerType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Attributes a quotation to its speaker from the words around it: after it ("...," said the open
 * letter; "...," Niko Felix, OpenAI rep, told Variety), before it (Sarah Whitcombe said: "..."),
 * "according to", and pronouns that refer back to the last person quoted.
 */
final class SpeakerFinder {

  /** Verbs and phrases that attribute speech in news copy. */
  static final String CUE = "(?:said|says|say|told|tells|added|adds|wrote|writes|claimed|claims|"
      + "argued|argues|warned|warns|insisted|insists|tweeted|posted|noted|notes|explained|"
      + "explains|asked|asks|replied|replies|responded|stated|states|continued|recalled|"
      + "acknowledged|admitted|conceded|declared|announced|confirmed|denied|suggested|predicted|"
      + "testified|shouted|joked|urged|pleaded|vowed|promised|cautioned|countered|agreed|"
      + "complained|observed|remarked|commented|reported|found|concluded|read|reads|"
      + "describ(?:ed|es)|call(?:ed|s|ing)|dubbed|branded|labell?ed|accus(?:ed|ing)|put it|"
      // "with the minister declaring there was "no going back"": a participle reports speech.
      + "saying|declaring|insisting|warning|arguing|noting|adding|claiming|stating|vowing)";
  private static final String PRONOUN = "(?:he|she|they|it|we|I)";
  private static final Pattern INVERTED = Pattern.compile(
      "^[\\s,\u2014\u2013-]*((?i:" + CUE + "))\\s+(?!(?i:that)\\b)"
          + "((?:[^,.;:!?\"\u201c\u201d]|\\.(?=\\s*\\p{Lu}))" + "{1,90})");
  /** Determiners that open a common-noun speaker: "the ministry", "her brother". */
  private static final String DETERMINER = "(?:the|a|an|its|their|his|her|our|my)";
  /**
   * "...," city attorney Helen Park told the judge: up to four lower-case role words may come
   * before the name, and an apposition may follow it.
   */
  private static final Pattern SUBJECT_FIRST = Pattern.compile(
      "^[\\s,\u2014\u2013-]*((?:[\\p{L}.'\u2019-]+\\s+){0,4}?" + Names.NAME + "|(?i:" + PRONOUN
          + ")|(?i:" + DETERMINER + ")\\s+[\\p{L}\\s'\u2019-]{2,40}?)(?:,\\s*([^,]{1,80}),)?\\s+"
          + "(?:(?:has|had|later|also|then)\\s+)?((?i:" + CUE + "))\\b(?:\\s+(" + Names.NAME
          + "))?");
  /** "Admiral Sir Peter Gale, who said ...": a relative clause attaches to the name before it. */
  private static final Pattern BEFORE = Pattern.compile(
      "(" + Names.NAME + "|\\b(?i:" + PRONOUN + ")|\\b(?i:" + DETERMINER + ")\\s+[\\p{L}-]+"
          + "(?:\\s+[\\p{L}-]+)?)(?:,\\s*([^,]{1,100}),)?(?:,?\\s+who)?,?\\s+(?:(?:has|had|have|also|"
          + "then|later|once|previously|repeatedly|publicly)\\s+)*((?i:" + CUE
          + "))\\b(?:\\s+(" + Names.NAME + "))?(?:[^\"\u201c]{0,120})$");
  /** "A statement from the club said": the document, not the club, is the subject. */
  private static final Pattern DOCUMENT_FROM = Pattern.compile(
      "\\b(?i:the|a|an|its|their|in\\s+a)\\s+(?:\\w+\\s+)?(" + Organisations.DOCUMENT_NOUNS
          + ")\\s+(?:from|by|of|issued by|released by)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "\\baccording to\\s+((?:the|a|an)\\s+[^,.;]{2,60}|" + Names.NAME + ")");
  private static final Pattern SPOKESPERSON = Pattern.compile(
      "\\b(?:a|an|the)\\s+(?:\\w+\\s+)?(?:spokes(?:wo)?man|spokesperson|representative|official|"
          + "source|lawyer|attorney)\\s+(?:for|at|from|of)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern OWNED_ORGANISATION = Pattern.compile(
      "^" + Names.NAME + "['\u2019]s\\s+(?:embassy|government|ministry|office|police|army|"
          + "foreign ministry|parliament|council|cabinet|administration)$");
  private static final Pattern GENERIC_PEOPLE = Pattern.compile("(?i)^(?:some\\s+|many\\s+)?"
      + "(?:critics|supporters|fans|residents|protesters|opponents|campaigners|observers|"
      + "witnesses|neighbours|neighbors|locals|people|others|some|many|onlookers|demonstrators)$");
  /** Stands in for the organisation an unnamed spokesperson speaks for, until it is known. */
  static final String SPOKESPERSON_PRONOUN = "spokesperson";
  private static final Pattern PRONOUN_ONLY = Pattern.compile("(?i)^" + PRONOUN + "$");

  /** "a spokesperson said", "A Ministry of Defence spokesman": who they speak for comes later. */
  private static final Pattern BARE_SPOKESPERSON = Pattern.compile("^(?i:a|an|the)\\s+(?:(" + Names.NAME
      + ")\\s+|([a-z]+)\\s+)?(?i:spokes(?:wo)?man|spokesperson)$");
  /** "‘...,’ said the Greens’ energy spokeswoman, Bec Ngata.": the name after the role. */
  private static final Pattern APPOSED_NAME = Pattern.compile("^,\\s+(" + Names.NAME
      + ")(?=\\s*[,.;]|\\s*$)");
  private static final Pattern LEADING_DOCUMENT = Pattern.compile(
      "^\\s*(?i:the|a|an|its|their)\\s+(?:\\w+\\s+)??(" + Organisations.DOCUMENT_NOUNS + ")\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BY_BEFORE = Pattern.compile("\\bby\\s+$");

  /**
   * An apposition that says what someone was doing, not what they are: "who ...", "speaking
   * outside the chamber", "visibly angry", "in a statement", "20 minutes later".
   */
  private static final Pattern NOT_A_ROLE = Pattern.compile("^(?:who|which|whose|when|where|"
      + "while|after|before|in|at|on|during|speaking|standing|flanked|asked|pressed|visibly|"
      + "clearly|later|earlier|again|also|too|however|meanwhile|though|for|with|by)\\b|^\\p{Ll}+"
      + "(?:ing|ly)\\b|\\b(?:later|earlier|ago)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:who|which)\\b.*$");
  /** A role noun after a name: "Southern Cross backbencher", "Treasury officials". */
  private static final Pattern MODIFIES_NEXT = Pattern.compile("\\s+(?:(?:[a-z-]+\\s+)?"
      + RoleBook.ROLE + "s?|members?|MPs|lawmakers|staffers?|workers?|employees?|sources)\\b");

  private final NameBook names;
  private final RoleBook roles;
  private final int at;

  /**
   * A finder for one article.
   *
   * @param names the article's names
   * @param roles the article's roles
   * @param at where the quote being attributed opens, for roles held before it
   */
  SpeakerFinder(NameBook names, RoleBook roles, int at) {
    this.names = names;
    this.roles = roles;
    this.at = at;
  }

  /** The same finder for a quote that opens at {@code position}. */
  SpeakerFinder at(int position) {
    return new SpeakerFinder(names, roles, position);
  }

  /**
   * What the words after a quotation say of its speaker.
   *
   * @param after the text from the closing mark to the end of the sentence
   */
  @Nullable Attribution after(String after) {
    Matcher inverted = INVERTED.matcher(after);
    if (inverted.find()) {
      Matcher apposed = APPOSED_NAME.matcher(after.substring(inverted.end()));
      if (apposed.find() && inverted.group(2).strip().matches("(?i)(?:the|a|an|its|their)\\b.*")
          && names.typeOf(Names.clean(apposed.group(1))) == SpeakerType.PERSON) {
        return fromPhrase(apposed.group(1), inverted.group(1), null);
      }
      Attribution attribution = fromPhrase(inverted.group(2), inverted.group(1), null);
      if (attribution != null) {
        return attribution;
      }
    }
    Matcher subject = SUBJECT_FIRST.matcher(after);
    if (subject.find()) {
      return fromPhrase(subject.group(1), subject.group(3), subject.group(2),
          subject.group(4));
    }
    return null;
  }

  /**
   * What the words before a quotation, in its sentence, say of its speaker.
   *
   * @param before the text from the start of the sentence to the opening mark
   */
  @Nullable Attribution before(String before) {
    Matcher matcher = BEFORE.matcher(before);
    Attribution found = null;
    boolean agentSkipped = false;
    while (matcher.find()) {
      if (BY_BEFORE.matcher(before.substring(0, matcher.start())).find()) {
        // "The letter, written by Leila Haddad, ..., says": the agent of a participle is no
        // speaker; the document the sentence opens with is.
        agentSkipped = true;
        continue;
      }
      String between = before.substring(matcher.end(1), matcher.start(3));
      if (between.strip().startsWith(",") && matcher.group(2) == null
          && (!Character.isUpperCase(matcher.group(1).charAt(0))
          || matcher.group(3).endsWith("ing"))) {
        // "rejected the audit, calling it": a comma before the verb closes an apposition after
        // a name, never a plain noun phrase, and a participle after a comma has no subject.
        continue;
      }
      Matcher document = DOCUMENT_FROM.matcher(before.substring(0, matcher.start()));
      Attribution candidate = document.find() && !document.group().startsWith("in")
          && !document.group().startsWith("In")
          ? speaker(new Speaker("the " + document.group(1).toLowerCase(java.util.Locale.ROOT),
              SpeakerType.DOCUMENT, null), matcher.group(3), null)
          : fromPhrase(matcher.group(1), matcher.group(3), matcher.group(2), matcher.group(4));
      if (candidate != null) {
        found = candidate;
      }
      if (matcher.end() >= before.length()) {
        break;
      }
    }
    Matcher opening = LEADING_DOCUMENT.matcher(before);
    if (found == null && agentSkipped && opening.find()) {
      return speaker(new Speaker("the " + opening.group(1).toLowerCase(java.util.Locale.ROOT),
          SpeakerType.DOCUMENT, null), "says", null);
    }
    return found;
  }

  /**
   * The grammatical subject of the sentence as the speaker of a quote embedded in it, when no
   * verb of speech stands next to the quote ("Senator Dale Hutchins denied the reports, calling
   * them "a smear"").
   *
   * @param clause the sentence up to the opening mark
   */
  @Nullable Attribution subjectOf(String clause, SubjectFinder subjects) {
    String subject = subjects.subject(clause);
    return subject == null ? null : fromPhrase(subject, "said", null);
  }

  /** "according to X" anywhere in the sentence. */
  @Nullable Attribution accordingTo(String sentence) {
    Matcher matcher = ACCORDING_TO.matcher(sentence);
    return matcher.find() ? fromPhrase(matcher.group(1), "according to", null) : null;
  }

  private @Nullable Attribution fromPhrase(String phrase, String cue, @Nullable String role) {
    return fromPhrase(phrase, cue, role, null);
  }

  /** Turns the words that name a speaker into a speaker: a document, an organisation, a person. */
  private @Nullable Attribution fromPhrase(String phrase, String cue, @Nullable String role,
      @Nullable String addressee) {
    String text = phrase.strip();
    if (PRONOUN_ONLY.matcher(text).matches()) {
      return new Attribution(null, cue.toLowerCase(java.util.Locale.ROOT), text,
          addressee == null ? null : Names.trimPossessive(addressee.strip()));
    }
    // "One Southern Cross backbencher, who asked not to be named": the clause after the head
    // describes it; the head says who it is.
    Speaker held = roles.speaker(RELATIVE_CLAUSE.matcher(text).replaceFirst(""), at);
    if (held != null) {
      return speaker(held, cue, addressee);
    }
    Matcher bare = BARE_SPOKESPERSON.matcher(text);
    if (bare.matches()) {
      if (bare.group(1) != null && Names.canName(Names.clean(bare.group(1)))) {
        // "A Ministry of Defence spokesperson": the organisation named before the noun.
        String organisation = Names.trimPossessive(bare.group(1)).replaceFirst("^The\\s+", "");
        return speaker(new Speaker(organisation, SpeakerType.ORGANIZATION, null), cue, addressee);
      }
      if (bare.group(2) != null && Organisations.generic("the " + bare.group(2)) != null) {
        return speaker(new Speaker("the " + bare.group(2), SpeakerType.ORGANIZATION, null), cue,
            addressee);
      }
      // "a spokesperson said": for whichever organisation the passage is about.
      return new Attribution(null, cue.toLowerCase(java.util.Locale.ROOT), SPOKESPERSON_PRONOUN,
          addressee == null ? null : Names.trimPossessive(addressee.strip()));
    }
    String document = Organisations.document(text);
    if (document != null && !startsWithName(text)) {
      return speaker(new Speaker(document, SpeakerType.DOCUMENT, null), cue, addressee);
    }
    Matcher spokesperson = SPOKESPERSON.matcher(text);
    if (spokesperson.find()) {
      Speaker principal = roles.speaker(spokesperson.group(1).split(",")[0], at);
      if (principal != null && principal.isKnown()) {
        // "a spokesman for the governor" speaks for the governor.
        return speaker(principal, cue, addressee);
      }
      String organisation = organisationIn(spokesperson.group(1));
      if (organisation != null) {
        return speaker(new Speaker(organisation, SpeakerType.ORGANIZATION, null), cue, addressee);
      }
    }
    Matcher owned = OWNED_ORGANISATION.matcher(text);
    if (owned.find()) {
      // "Varnistan's embassy said": the embassy speaks, named as the text names it.
      return speaker(new Speaker(owned.group(), SpeakerType.ORGANIZATION, null), cue, addressee);
    }
    if (GENERIC_PEOPLE.matcher(text).matches()) {
      // "Critics have dubbed it ...": an anonymous crowd is no one in particular.
      return speaker(Speaker.UNKNOWN, cue, addressee);
    }
    String apposed = role == null ? null : role.strip();
    if (apposed != null && Names.isProperName(apposed)
        && names.typeOf(Names.clean(apposed)) == SpeakerType.PERSON) {
      // "the Navy's former First Sea Lord, Admiral Sir Peter Gale, who said": the person named
      // in the apposition is the speaker the head only describes.
      return fromPhrase(apposed, cue, null, addressee);
    }
    // The person is the last person-like capitalised run ("chief librarian Ahmad Rahimi",
    // "Homeland Security spokesperson Erin Vance"); failing that, the run the phrase opens with.
    String name = null;
    String first = null;
    Matcher runs = Names.NAME_RUN.matcher(text);
    while (runs.find()) {
      String run = runs.group();
      String clean = Names.clean(run);
      if (clean.isBlank() || Names.isShouted(clean) || Names.isCalendar(clean)
          || Names.isTitleOnly(clean) || MODIFIES_NEXT.matcher(text).region(runs.end(),
          text.length()).lookingAt()) {
        // "Homeland Security spokesperson Erin Vance": a name before a common noun is the
        // noun's affiliation, not the speaker.
        continue;
      }
      if (first == null) {
        first = clean;
      }
      if (names.typeOf(clean) == SpeakerType.PERSON && !Organisations.isOrganisation(clean)) {
        name = clean;
      }
    }
    if (name == null) {
      name = first;
    }
    if (name == null && role != null && Names.isProperName(role.strip())) {
      // "Her brother, Callum Marsh, said": the apposition names whom the head only describes.
      return fromPhrase(role.strip(), cue, null, addressee);
    }
    if (name == null) {
      String titled = Names.titleOnly(text);
      if (titled != null) {
        // "The Foreign Secretary has described": a title with no name is the speaker as given.
        return speaker(new Speaker(titled, SpeakerType.PERSON, null), cue, addressee);
      }
    }
    if (name == null) {
      String generic = Organisations.generic(text);
      return generic == null ? null
          : speaker(new Speaker(generic, SpeakerType.ORGANIZATION, null), cue, addressee);
    }
    String canonical = names.canonical(name);
    String cleanRole = role == null || !NOT_A_ROLE.matcher(role.strip()).find() ? role : null;
    cleanRole = cleanRole == null ? null : cleanRole.strip();
    return speaker(new Speaker(canonical, names.typeOf(canonical), cleanRole), cue, addressee);
  }

  private static boolean startsWithName(String text) {
    return Character.isUpperCase(text.charAt(0)) && !text.matches("(?i)^(the|a|an|its|their)\\b.*");
  }

  private static @Nullable String organisationIn(String phrase) {
    for (String run : Names.runs(phrase)) {
      return Names.clean(run).isBlank() ? null : "the".equals(run) ? null : run;
    }
    return Organisations.generic(phrase);
  }

  private static Attribution speaker(Speaker speaker, String cue, @Nullable String addressee) {
    return new Attribution(speaker, cue.toLowerCase(java.util.Locale.ROOT), null,
        addressee == null ? null : Names.trimPossessive(addressee.strip()));
  }

  /**
   * What the text says about who spoke.
   *
   * @param speaker the speaker, or null when only a pronoun names them
   * @param cue the attributing verb
   * @param pronoun the pronoun that stands for the speaker, if that is all the text gives
   * @param addressee whom it was said to
   */
  record Attribution(@Nullable Speaker speaker, String cue, @Nullable String pronoun,
      @Nullable String addressee) {
  }
}
