package dev.gloss.timeline;

import dev.gloss.model.Quote;
import dev.gloss.model.Span;
import dev.gloss.nlp.Tagger;
import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Makes a short label of who did what from one clause of a sentence: its subject, verb group and
 * object, leaving out dates, opening adverbials, asides and what follows the object. "On Tuesday,
 * November 21, a group of artists leaked access to OpenAI's Sora video tool, calling it art
 * washing" gives "A group of artists leaked access to OpenAI's Sora video tool".
 *
 * <p>A label is always a complete phrase: it stops where a phrase may end ({@link PhraseEnd}),
 * never inside a written word, and keeps the quote marks of words the writer quotes. A relative
 * clause is labelled with what its pronoun stands for ("Haldane became speaker", not "who became
 * speaker"); a pronoun subject takes the name of the speaker it stands for, or of the clause it
 * depends on. What someone is reported as saying in a quotation is labelled with who said it and
 * their own words, not in the writer's voice: {@code Ferreira: “I negotiated in good faith”}.
 */
final class EventLabeler {

  private static final int MAX_SUBJECT = 6;
  private static final int MAX_LONG_SUBJECT = 9;
  private static final int MAX_OBJECT = 9;
  private static final int MAX_COMPLEMENT = 7;
  private static final int MAX_QUOTE = 12;
  private static final int MAX_FALLBACK = 12;

  private EventLabeler() {
  }

  /**
   * The label of a sentence's main clause, for a sentence without quotes.
   *
   * @param text the body text
   * @param sentence the sentence's span
   * @param dates spans to leave out of the label, such as date expressions
   */
  static String label(String text, Span sentence, List<Span> dates) {
    return label(Sentence.read(Tagger.tag(text, sentence), List.of(), dates, List.of()));
  }

  /** The label of a sentence's main clause. */
  static String label(Sentence sentence) {
    return label(ClauseFinder.find(sentence), 0);
  }

  /**
   * What a sentence asserts, as a short complete phrase without a capital: what was said when
   * its main verb reports speech ("the governor agreed to sign a bill"), else its main clause.
   */
  static String asserted(Clauses clauses) {
    int index = clauses.complementOf(0).orElseGet(() -> firstComplement(clauses));
    Clause clause = clauses.get(index);
    if (!clause.hasVerb()) {
      return label(clauses, index);
    }
    List<Word> words = clauseWords(clauses, index, null, MAX_COMPLEMENT);
    String out = Labels.render(clauses.sentence(), words);
    // "the governor agreed": only a determiner or pronoun loses the capital of a sentence start.
    boolean common = !words.isEmpty() && (words.get(0).is("DET")
        || words.get(0).is("PRON") && !words.get(0).text().equals("I"));
    return common ? Character.toLowerCase(out.charAt(0)) + out.substring(1) : out;
  }

  /** The first thing the main clause reports as said or shown, else the main clause. */
  private static int firstComplement(Clauses clauses) {
    for (int i = 1; i < clauses.all().size(); i++) {
      if (clauses.get(i).kind() == Clause.Kind.COMPLEMENT && clauses.get(i).parent() == 0) {
        return i;
      }
    }
    return 0;
  }

  /** The label of one clause of a sentence. */
  static String label(Clauses clauses, int index) {
    return label(clauses, index, null);
  }

  /**
   * The label of one clause of a sentence, a pronoun subject that the sentence does not resolve
   * taking the subject of the sentence before ("The jury began deliberating. Two days later, it
   * returned its verdict": the jury returned its verdict).
   */
  static String label(Clauses clauses, int index, @Nullable Clauses before) {
    Clause clause = clauses.get(index);
    Sentence sentence = clauses.sentence();
    if (clause.quote() >= 0) {
      Optional<String> said = quoted(sentence, sentence.words().get(clause.quote()));
      if (said.isPresent()) {
        return said.get();
      }
    }
    if (!clause.hasVerb()) {
      return fallback(clauses, index);
    }
    return Labels.capitalise(Labels.render(sentence,
        clauseWords(clauses, index, before, MAX_OBJECT)));
  }

  /** Subject, verb group and object, the object at most {@code max} words of its own. */
  private static List<Word> clauseWords(Clauses clauses, int index, @Nullable Clauses before,
      int max) {
    Clause clause = clauses.get(index);
    Sentence sentence = clauses.sentence();
    List<Word> words = new ArrayList<>(subject(clauses, index, true));
    if (before != null && words.size() == 1 && Grammar.personalPronoun(words.get(0))
        && clause.kind() != Clause.Kind.COMPLEMENT && clause.kind() != Clause.Kind.RELATIVE) {
      words = new ArrayList<>(standsFor(words.get(0), before).orElse(words));
    }
    words.addAll(kept(sentence, sentence.words().subList(clause.verb(), clause.verbEnd()), true));
    words.addAll(object(clauses, index, max));
    return words;
  }

  /**
   * What a quotation says, with who said it: the speaker, a colon and the quotation's first
   * clause in their own words, or nothing when the text does not say who spoke.
   */
  static Optional<String> quoted(Sentence sentence, Word quotation) {
    Optional<Quote> quote = sentence.quoteOf(quotation);
    if (quote.isEmpty() || !quote.get().speaker().isKnown()) {
      return Optional.empty();
    }
    List<Word> words = sentence.inside(quotation);
    // '"However, we believe..."': the connective ties the quote to what came before it.
    if (words.size() > 2 && words.get(0).is("ADV") && Grammar.separator(words.get(1))) {
      words = words.subList(2, words.size());
    }
    int end = 0;
    boolean verb = false;
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (verb && (Grammar.separator(word) || word.text().matches("[.!?]+"))) {
        break;
      }
      verb |= Grammar.finite(words, i);
      end = i + 1;
    }
    int cut = end > MAX_QUOTE ? PhraseEnd.cut(words, 0, end, MAX_QUOTE) : end;
    String said = Labels.render(sentence, words.subList(0, cut)).replaceAll("[“”]", "");
    if (said.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Labels.capitalise(quote.get().speaker().name()) + ": “" + said
        + (cut < end ? Labels.ELLIPSIS : "") + "”");
  }

  /**
   * Who the clause is about: its own subject, the antecedent of its relative pronoun, or, for a
   * pronoun in a label of its own, the speaker of the quotes it introduces or the subject of the
   * clause it depends on.
   */
  private static List<Word> subject(Clauses clauses, int index, boolean standalone) {
    Sentence sentence = clauses.sentence();
    Clause clause = clauses.get(index);
    List<Word> subject = kept(sentence, clause.subject(), true);
    while (!subject.isEmpty() && (subject.get(0).is("CCONJ", "ADP", "SCONJ")
        || Grammar.separator(subject.get(0)))) {
      subject.remove(0);
    }
    if (standalone && subject.size() == 1 && Grammar.personalPronoun(subject.get(0))) {
      Optional<String> speaker = speakerAfter(sentence, clause);
      if (speaker.isPresent()) {
        return List.of(Labels.synthetic(speaker.get(), "PROPN"));
      }
      // In what someone said, "she" is seldom the one who said it: a complement keeps its pronoun.
      for (int p = clause.kind() == Clause.Kind.COMPLEMENT ? -1 : clause.parent(); p >= 0;
          p = clauses.get(p).parent()) {
        List<Word> outer = kept(sentence, clauses.get(p).subject(), false);
        if (!outer.isEmpty() && !(outer.size() == 1 && Grammar.personalPronoun(outer.get(0)))) {
          return outer;
        }
      }
    }
    return shorten(sentence, subject);
  }

  /**
   * What a pronoun stands for in the sentence before: its main subject, when that is no pronoun
   * and agrees with it ("it" a singular noun, "they" a plural or a pair, "he" and "she" a name).
   */
  private static Optional<List<Word>> standsFor(Word pronoun, Clauses before) {
    List<Word> subject = kept(before.sentence(), before.main().subject(), true);
    if (subject.isEmpty() || subject.stream().anyMatch(Grammar::personalPronoun)) {
      return Optional.empty();
    }
    Word head = subject.get(subject.size() - 1);
    boolean pair = subject.stream().anyMatch(w -> w.is("CCONJ"));
    boolean agrees = switch (Grammar.lower(pronoun)) {
      case "it" -> head.is("NOUN") && !Grammar.lower(head).endsWith("s") && !pair;
      case "they" -> pair || head.is("NOUN") && Grammar.lower(head).endsWith("s");
      case "he", "she" -> head.is("PROPN") && !pair;
      default -> false;
    };
    if (!agrees) {
      return Optional.empty();
    }
    return Optional.of(subject);
  }

  /** "she said the governor "agreed to discuss" the bill": she is whoever said those words. */
  private static Optional<String> speakerAfter(Sentence sentence, Clause clause) {
    if (!clause.hasVerb() || !Grammar.REPORTING.contains(
        Grammar.lower(sentence.words().get(clause.verbEnd() - 1)))) {
      return Optional.empty();
    }
    Span after = new Span(sentence.words().get(clause.verb()).span().end(),
        sentence.words().get(sentence.words().size() - 1).span().end());
    return sentence.quotes().stream().filter(q -> after.contains(q.span()) || q.span()
            .overlaps(after) && q.span().start() >= after.start())
        .filter(q -> q.speaker().isKnown()).map(q -> q.speaker().name()).findFirst();
  }

  /**
   * A long subject keeps its named actors: titles before a name are dropped ("Gov. Ramon
   * Ferreira" is named as the text names him elsewhere), then it is cut at a complete phrase.
   */
  private static List<Word> shorten(Sentence sentence, List<Word> subject) {
    if (subject.size() <= MAX_SUBJECT) {
      return subject;
    }
    List<Word> shorter = new ArrayList<>();
    for (int i = 0; i < subject.size(); i++) {
      Word word = subject.get(i);
      int runEnd = i;
      while (runEnd + 1 < subject.size() && subject.get(runEnd + 1).is("PROPN")) {
        runEnd++;
      }
      // In a run of capitalised words ending on a name, the words before the name are titles.
      Optional<Span> name = sentence.nameAt(subject.get(runEnd));
      boolean title = word.is("PROPN") && name.isPresent()
          && !name.get().overlaps(word.span());
      if (!title) {
        shorter.add(word);
      }
    }
    if (shorter.size() <= MAX_LONG_SUBJECT) {
      return shorter;
    }
    return shorter.subList(0, PhraseEnd.cut(shorter, 0, shorter.size(), MAX_LONG_SUBJECT));
  }

  /**
   * What the verb acts on: an object relative's antecedent, the clause's own words up to where a
   * phrase ends, and, after a verb of saying, what was said.
   */
  private static List<Word> object(Clauses clauses, int index, int max) {
    Sentence sentence = clauses.sentence();
    Clause clause = clauses.get(index);
    List<Word> region = new ArrayList<>();
    for (Word moved : clause.movedObject()) {
      region.add(region.isEmpty() && moved.is("DET", "NOUN", "ADJ") && !Labels.added(moved)
          ? new Word(Grammar.lower(moved), moved.span(), moved.tag()) : moved);
    }
    int own = Math.max(clause.verbEnd(), Math.min(clause.end(), sentence.words().size()));
    region.addAll(kept(sentence, sentence.words().subList(clause.verbEnd(), own), true));
    int end = wholeQuotes(sentence, region,
        PhraseEnd.cut(region, 0, naturalEnd(sentence, region), max), own);
    List<Word> object = new ArrayList<>(region.subList(0, end));
    Optional<Integer> complement = clauses.complementOf(index);
    // What was said follows straight on from the verb and its hearer, or not at all.
    if (complement.isPresent() && object.size() <= 2 && end == region.size()) {
      Clause said = clauses.get(complement.get());
      if (said.hasVerb()) {
        if (said.opener() != null) {
          object.add(said.opener());
        }
        // "said it was reviewing the ruling": within what was said, a pronoun reads as written.
        object.addAll(subject(clauses, complement.get(), false));
        object.addAll(kept(sentence, sentence.words().subList(said.verb(), said.verbEnd()), true));
        object.addAll(object(clauses, complement.get(), MAX_COMPLEMENT));
      }
    }
    return object;
  }

  /**
   * Where an object cut at {@code end} ends so that a quotation is given whole or not at all, and
   * no one is quoted saying less than they did: before the quotation, or at the cut with an
   * ellipsis when the object would be nothing without it.
   *
   * @param own where the clause's own words end in the sentence, for what follows the region
   */
  private static int wholeQuotes(Sentence sentence, List<Word> region, int end, int own) {
    List<Word> all = sentence.words();
    Word next = end < region.size() ? region.get(end) : own < all.size() ? all.get(own) : null;
    // The quotation's own closing punctuation ("a fairy tale.") is no more of it.
    boolean goesOn = next != null && sentence.quoted(next) && !Grammar.separator(next)
        && !next.text().matches("[.!?]+");
    if (end == 0 || !goesOn || !sentence.quoted(region.get(end - 1))) {
      return end;
    }
    int open = end;
    while (open > 0 && sentence.quoted(region.get(open - 1))) {
      open--;
    }
    if (open > 0 && PhraseEnd.canEnd(region, open)) {
      return open;
    }
    region.add(end, Labels.synthetic(Labels.ELLIPSIS, "PUNCT"));
    return end + 1;
  }

  /**
   * Where the object ends of itself: at punctuation, a new clause, a second prepositional
   * phrase, a participle after it ("a bill authorizing..."), or "and" before anything but a noun.
   */
  private static int naturalEnd(Sentence sentence, List<Word> region) {
    int prepositions = 0;
    for (int i = 0; i < region.size(); i++) {
      Word word = region.get(i);
      String lower = Grammar.lower(word);
      boolean quoted = sentence.quoted(word);
      if (word.text().matches("[.!?]+") || Grammar.separator(word) && !quoted
          || word.is("SCONJ") && !quoted || Grammar.RELATIVE.contains(lower)
          || lower.equals("that") && i + 1 < region.size() && !region.get(i + 1).is("NOUN", "ADJ")
              && i > 0) {
        return i;
      }
      boolean particle = i == 0 && Grammar.PARTICLES.contains(lower);
      // "driven to Sacramento": "to" before a noun phrase is a preposition, whatever its tag.
      boolean preposition = word.is("ADP") || lower.equals("to") && i + 1 < region.size()
          && (region.get(i + 1).is("DET", "PROPN", "NOUN", "NUM") || Grammar.possessive(
              region.get(i + 1)));
      // "on about 2,100 calls": "about" before a number says how many, not where.
      boolean approximate = word.is("ADP") && i + 1 < region.size() && region.get(i + 1).is("NUM");
      // "still on in both offices": "on" with no object of its own is no phrase.
      boolean bare = word.is("ADP") && i + 1 < region.size() && region.get(i + 1).is("ADP")
          && !(i + 2 < region.size() && region.get(i + 2).is("NUM"));
      if (preposition && !lower.equals("of") && !particle && !approximate && !bare && !quoted
          && ++prepositions > 1) {
        return i;
      }
      // A verb after the object starts a modifier ("a bill authorizing..."), except a gerund
      // after a preposition ("by approving a budget") or an infinitive ("to sign").
      Word before = i > 0 ? region.get(i - 1) : null;
      if (Grammar.verb(region, i) && before != null && !quoted
          && !Grammar.lower(before).equals("to") && !before.is("AUX")
          && !(before.is("ADP", "SCONJ") && lower.endsWith("ing"))) {
        return i;
      }
      if (word.is("CCONJ") && !quoted && !(i > 0 && Grammar.inNounPhrase(region.get(i - 1))
          && i + 1 < region.size() && Grammar.inNounPhrase(region.get(i + 1))
          && !Grammar.personalPronoun(region.get(i + 1)))) {
        return i;
      }
    }
    return region.size();
  }

  /**
   * The words a label keeps: dates go, with a preposition or adverb that only placed them ("on
   * Friday", "shortly after 10 p.m."); so do words that only sequence ("also", "then").
   */
  private static List<Word> kept(Sentence sentence, List<Word> words, boolean dropSequence) {
    List<Word> kept = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (sentence.date(word) || dropSequence && Grammar.SEQUENCE.contains(Grammar.lower(word))) {
        continue;
      }
      boolean timeOfDay = Grammar.TIME_NOUNS.contains(Grammar.lower(word))
          || word.is("DET") && i + 1 < words.size()
              && Grammar.TIME_NOUNS.contains(Grammar.lower(words.get(i + 1)));
      if ((word.is("ADP", "ADV") || timeOfDay) && datesFrom(sentence, words, i + 1)) {
        continue;
      }
      kept.add(word);
    }
    return kept;
  }

  /**
   * Whether only adpositions and adverbs, or a time of day, stand between {@code from} and a date:
   * "shortly after 10 p.m.", "on the afternoon of March 11".
   */
  private static boolean datesFrom(Sentence sentence, List<Word> words, int from) {
    for (int i = from; i < words.size(); i++) {
      Word word = words.get(i);
      if (sentence.date(word)) {
        return true;
      }
      if (!word.is("ADP", "ADV", "DET") && !Grammar.TIME_NOUNS.contains(Grammar.lower(word))) {
        return false;
      }
    }
    return false;
  }

  /** A clause without a verb: its first words, cut where a phrase ends. */
  private static String fallback(Clauses clauses, int index) {
    Sentence sentence = clauses.sentence();
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < sentence.words().size(); i++) {
      if (clauses.ownerOf(i) == index) {
        words.add(sentence.words().get(i));
      }
    }
    words = kept(sentence, words, true);
    while (!words.isEmpty() && (words.get(0).is("ADP", "CCONJ") || Grammar.separator(words.get(0))
        || words.get(0).text().matches("[.!?]+"))) {
      words.remove(0);
    }
    int natural = words.size();
    while (natural > 0 && words.get(natural - 1).text().matches("[.!?]+")) {
      natural--;
    }
    int end = PhraseEnd.cut(words, 0, natural, MAX_FALLBACK);
    String out = Labels.capitalise(Labels.render(sentence, words.subList(0, end)));
    return end < natural ? out + "…" : out;
  }
}
