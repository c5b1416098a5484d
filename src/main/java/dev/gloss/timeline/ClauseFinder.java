package dev.gloss.timeline;

import dev.gloss.nlp.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the clauses of a sentence from its part-of-speech tags: the main clause (past opening
 * adverbials such as "In March," and asides between commas), and the clauses inside it, opened by
 * a relative pronoun, a subordinating word, "that" or a bare clause after a verb of saying,
 * or "and" before a new subject or verb. It is a shallow reading, not a parse: each clause runs
 * to the end of its stretch of the sentence, except a relative clause inside a subject, which
 * ends where the main verb resumes ("An agreement that they announced on Friday fell apart").
 * Where clauses and verbs start is read by {@link ClauseSigns}.
 */
final class ClauseFinder {

  private final Sentence sentence;
  private final List<Word> w;
  private final ClauseSigns signs;
  private final List<Clause> clauses = new ArrayList<>();
  private final int[] owner;
  private List<Word> attribution = List.of();
  /** Where the main clause's subject ends when a participle modifies it, or -1. */
  private int subjectEnd = -1;

  private ClauseFinder(Sentence sentence) {
    this.sentence = sentence;
    this.w = sentence.words();
    this.owner = new int[w.size()];
    this.signs = new ClauseSigns(sentence);
  }

  /** The clauses of a sentence, its main clause first. */
  static Clauses find(Sentence sentence) {
    ClauseFinder finder = new ClauseFinder(sentence);
    finder.parse();
    return new Clauses(sentence, finder.clauses, finder.owner, finder.attribution);
  }

  /** A stretch of the sentence between separators. */
  private record Chunk(int start, int end) {
    int size() {
      return end - start;
    }
  }

  private void parse() {
    int first = signs.datelineEnd();
    Arrays.fill(owner, 0);
    Arrays.fill(owner, 0, first, -1);
    clauses.add(verbless(List.of(), w.size()));
    List<Chunk> chunks = chunks(first);
    if (chunks.isEmpty()) {
      return;
    }
    if (chunks.size() == 1 && chunks.get(0).size() == 1 && w.get(first).is(Sentence.QUOTE)) {
      // A sentence inside a quotation: what its speaker said.
      clauses.set(0, new Clause(Clause.Kind.MAIN, 0, List.of(), -1, 0, w.size(), List.of(), -1,
          first, null));
      return;
    }
    int k = 0;
    while (k < chunks.size() - 1 && opening(chunks.get(k))) {
      k++;
    }
    for (int o = 0; o < k; o++) {
      scan(0, chunks.get(o).start(), chunks.get(o).end());
    }
    int quote = -1;
    Chunk subject = chunks.get(k);
    if (subject.size() == 1 && w.get(subject.start()).is(Sentence.QUOTE) && k + 1 < chunks.size()) {
      quote = subject.start();
      subject = chunks.get(++k);
      int verb = signs.skipAdverbs(subject.start(), subject.end());
      if (verb < subject.end() && signs.reporting(verb)) {
        // '"...," said Benita Olufemi': the speaker follows the verb.
        int verbEnd = signs.groupEnd(verb);
        List<Word> speaker = w.subList(verbEnd, subject.end());
        attribution = speaker;
        clauses.set(0, new Clause(Clause.Kind.MAIN, 0, speaker, verb, verbEnd, verbEnd,
            List.of(), -1, quote, null));
        trailing(chunks, k + 1);
        return;
      }
    }
    int verb = mainVerb(subject);
    if (verb >= 0) {
      // "An analysis published in April estimated": the participle is no part of who acted.
      int named = subjectEnd >= 0 ? subjectEnd : verb;
      clauses.set(0, new Clause(Clause.Kind.MAIN, 0, ownWords(subject.start(), named), verb,
          signs.groupEnd(verb), subject.end(), List.of(), -1, quote, null));
      if (quote >= 0) {
        attribution = clauses.get(0).subject();
      }
      scan(0, signs.groupEnd(verb), subject.end());
      trailing(chunks, k + 1);
      return;
    }
    int predicate = predicateChunk(chunks, k);
    List<Word> named = new ArrayList<>(ownWords(subject.start(), subject.end()));
    if (predicate > k + 1 && apposition(chunks.get(k + 1)) && !named.isEmpty()
        && named.get(named.size() - 1).is("NOUN")) {
      // "Ferreira's budget director, Priya Wadkins, disputed that": the role and the name.
      Chunk name = chunks.get(k + 1);
      named.addAll(w.subList(name.start(), name.end()));
    }
    int last = predicate < 0 ? chunks.size() : predicate;
    for (int a = k + 1; a < last; a++) {
      aside(chunks.get(a));
    }
    if (predicate < 0) {
      clauses.set(0, verbless(named, subject.end()));
      return;
    }
    Chunk p = chunks.get(predicate);
    int v = signs.skipAdverbs(p.start(), p.end());
    clauses.set(0, new Clause(Clause.Kind.MAIN, 0, named, v, signs.groupEnd(v), p.end(),
        List.of(), -1, quote, null));
    if (quote >= 0) {
      attribution = named;
    }
    scan(0, signs.groupEnd(v), p.end());
    trailing(chunks, predicate + 1);
  }

  private Clause verbless(List<Word> subject, int end) {
    return new Clause(Clause.Kind.MAIN, 0, subject, -1, 0, end, List.of(), -1, -1, null);
  }

  private List<Chunk> chunks(int from) {
    List<Chunk> chunks = new ArrayList<>();
    int start = from;
    for (int i = from; i <= w.size(); i++) {
      boolean cut = i == w.size()
          // A comma inside a quotation is the speaker's; one closing it is the writer's.
          || Grammar.separator(w.get(i)) && !(sentence.quoted(w.get(i)) && i + 1 < w.size()
              && sentence.quoted(w.get(i + 1)))
          // A full stop inside one sentence is where the sentence finder missed a break.
          || w.get(i).text().matches("[.!?]+");
      // A whole quotation is a stretch of its own, whatever punctuation it holds.
      boolean quote = i < w.size() && w.get(i).is(Sentence.QUOTE);
      if (cut || quote) {
        if (i > start) {
          chunks.add(new Chunk(start, i));
        }
        if (quote) {
          chunks.add(new Chunk(i, i + 1));
        }
        start = i + 1;
      }
    }
    return chunks;
  }

  /** "In March", "Two days later", "Asked whether...", "When they met": before the subject. */
  private boolean opening(Chunk chunk) {
    Word first = w.get(chunk.start());
    String lower = Grammar.lower(first);
    boolean onlyTime = true;
    for (int i = chunk.start(); i < chunk.end(); i++) {
      onlyTime &= sentence.date(w.get(i)) || w.get(i).is("ADV")
          || Grammar.SEQUENCE.contains(Grammar.lower(w.get(i)));
    }
    return onlyTime || first.is("ADP", "SCONJ") || Grammar.SUBORDINATORS.contains(lower)
        || first.is("ADV") && mainVerb(chunk, false) < 0
        || first.is("VERB") && (lower.endsWith("ing") || Grammar.pastForm(first))
            && mainVerb(chunk, false) < 0
        || first.is("NUM") && w.subList(chunk.start(), chunk.end()).stream()
            .anyMatch(x -> Grammar.lower(x).matches("later|ago|earlier|after|before"));
  }

  /** The first finite verb after a noun phrase, skipping relative clauses inside the subject. */
  private int mainVerb(Chunk chunk) {
    return mainVerb(chunk, true);
  }

  private int mainVerb(Chunk chunk, boolean record) {
    boolean nominal = false;
    for (int i = chunk.start(); i < chunk.end(); i++) {
      Word word = w.get(i);
      ClauseSigns.Opening relative = nominal ? signs.relativeAt(i) : null;
      if (relative != null) {
        if (!record) {
          return -1;
        }
        i = relative(relative, chunk.end(), 0, true) - 1;
        continue;
      }
      if (nominal && Grammar.finite(w, i)) {
        int later = signs.participleResumes(i, chunk.end());
        if (record) {
          subjectEnd = later >= 0 ? i : -1;
        }
        return later >= 0 ? later : i;
      }
      // The tagger reads some nouns after an article, and some names opening a sentence, as
      // adjectives ("The leak", "Veridian denied").
      nominal |= Grammar.nominal(word) || word.is("ADJ") && i > 0 && w.get(i - 1).is("DET")
          || i == chunk.start() && Grammar.lower(word).matches("both|neither|either")
          || i == chunk.start() && word.is("ADJ") && Character.isUpperCase(word.text().charAt(0))
              && i + 1 < chunk.end() && Grammar.verb(w, i + 1);
    }
    return -1;
  }

  /**
   * The chunk that holds the predicate of a subject standing alone before a comma: the first
   * that starts with a finite verb, passing over a participle aside ("The leak, shared on a
   * platform, allowed...").
   */
  private int predicateChunk(List<Chunk> chunks, int subject) {
    List<Integer> candidates = new ArrayList<>();
    for (int c = subject + 1; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c);
      int v = signs.skipAdverbs(chunk.start(), chunk.end());
      if (v < chunk.end() && Grammar.finite(w, v) && !w.get(chunk.start()).is("CCONJ")) {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return -1;
    }
    int first = candidates.get(0);
    Word verb = w.get(signs.skipAdverbs(chunks.get(first).start(), chunks.get(first).end()));
    return verb.is("VERB") && Grammar.pastForm(verb) && candidates.size() > 1
        ? candidates.get(1) : first;
  }

  /** A chunk that is only a name: an apposition naming the subject. */
  private boolean apposition(Chunk chunk) {
    return w.subList(chunk.start(), chunk.end()).stream().allMatch(x -> x.is("PROPN"));
  }

  /** An aside or a tail of the main clause: a relative clause, an attribution, a participle. */
  private void aside(Chunk chunk) {
    ClauseSigns.Opening relative = signs.relativeAt(chunk.start());
    if (relative != null) {
      relative(relative, chunk.end(), 0, false);
      return;
    }
    noteAttribution(chunk);
    scan(0, chunk.start(), chunk.end());
  }

  /** The chunks after the main predicate: coordinate clauses, relatives, participles. */
  private void trailing(List<Chunk> chunks, int from) {
    for (int c = from; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c);
      Word first = w.get(chunk.start());
      Clause main = clauses.get(0);
      if (first.is(Sentence.QUOTE) && main.quote() < 0 && main.hasVerb()
          && signs.reporting(main.verb()) && c == from) {
        // 'She added: "..."': what she added.
        clauses.set(0, new Clause(main.kind(), 0, main.subject(), main.verb(), main.verbEnd(),
            main.end(), main.movedObject(), -1, chunk.start(), null));
        attribution = main.subject();
        continue;
      }
      if (first.is("CCONJ") && chunk.size() > 1) {
        int verb = signs.clauseAt(chunk.start() + 1);
        if (verb >= 0) {
          add(Clause.Kind.COORDINATE, chunk.start(), ownWords(chunk.start() + 1, verb), verb,
              chunk.end(), List.of(), -1, first, false);
          continue;
        }
        int v = signs.skipAdverbs(chunk.start() + 1, chunk.end());
        if (v < chunk.end() && Grammar.finite(w, v)) {
          add(Clause.Kind.VERB_PHRASE, chunk.start(), clauses.get(0).subject(), v, chunk.end(),
              List.of(), -1, first, false);
          continue;
        }
      }
      aside(chunk);
    }
  }

  /** "they said", "a spokesman said", "said Controller Evelyn Masaki", "according to X". */
  private void noteAttribution(Chunk chunk) {
    List<Word> words = w.subList(chunk.start(), chunk.end());
    int last = words.size() - 1;
    if (words.size() >= 2 && signs.reporting(chunk.start() + last)
        && words.subList(0, last).stream().allMatch(Grammar::inNounPhrase)) {
      attribution = words.subList(0, last);
    } else if (words.size() >= 2 && signs.reporting(chunk.start())
        && words.subList(1, words.size()).stream().allMatch(Grammar::inNounPhrase)) {
      attribution = words.subList(1, words.size());
    } else if (words.size() >= 3 && Grammar.lower(words.get(0)).equals("according")) {
      attribution = words.subList(2, words.size());
    }
  }

  /**
   * Looks for a clause opening inside {@code clause}'s words from {@code from}; the first found
   * runs to {@code to}, and the clause's own words end where it opens.
   */
  private void scan(int clause, int from, int to) {
    for (int i = from; i < to; i++) {
      owner[i] = clause;
      ClauseSigns.Opening relative = signs.relativeAt(i);
      if (relative != null && i > 0) {
        cut(clause, i);
        relative(relative, to, clause, false);
        return;
      }
      String lower = Grammar.lower(w.get(i));
      boolean complementizer = lower.equals("whether")
          || (lower.equals("that") || lower.equals("if")) && signs.afterVerb(i);
      int subject = complementizer ? signs.firstClause(i + 1, to) : -1;
      if (subject >= 0) {
        // "warned that without new money they would cut": the clause may open on an adverbial.
        cut(clause, i);
        int verb = signs.clauseAt(subject);
        add(Clause.Kind.COMPLEMENT, i, ownWords(subject, verb), verb, to, List.of(), clause,
            w.get(i), false);
        return;
      }
      // "said the governor agreed": a bare clause after a verb of saying, which never opens on
      // the date of the saying ("announced on Friday fell apart").
      if (signs.reporting(signs.previousContent(i)) && !lower.equals("that")
          && !sentence.date(w.get(i))
          && !w.get(i).is("ADP", "SCONJ") && signs.clauseAt(i) >= 0) {
        cut(clause, i);
        int verb = signs.clauseAt(i);
        add(Clause.Kind.COMPLEMENT, i, ownWords(i, verb), verb, to, List.of(), clause, null, false);
        return;
      }
      if (Grammar.SUBORDINATORS.contains(lower) && w.get(i).is("SCONJ", "ADP", "ADV")
          && signs.clauseAt(i + 1) >= 0) {
        cut(clause, i);
        int verb = signs.clauseAt(i + 1);
        add(Clause.Kind.ADVERBIAL, i, ownWords(i + 1, verb), verb, to, List.of(), clause, w.get(i),
            false);
        return;
      }
      if (w.get(i).is("CCONJ") && i > from && i + 1 < to && !sentence.quoted(w.get(i))) {
        int parent = clauses.get(clause).parent();
        int verb = signs.clauseAt(i + 1);
        int v = signs.skipAdverbs(i + 1, to);
        if (verb >= 0 && !signs.afterCausative(from, i)) {
          cut(clause, i);
          add(Clause.Kind.COORDINATE, i, ownWords(i + 1, verb), verb, to, List.of(), parent,
              w.get(i), false);
          return;
        }
        if (v < to && Grammar.finite(w, v)) {
          cut(clause, i);
          add(Clause.Kind.VERB_PHRASE, i, clauses.get(clause).subject(), v, to, List.of(), parent,
              w.get(i), false);
          return;
        }
      }
    }
  }

  private void cut(int clause, int at) {
    Clause c = clauses.get(clause);
    if (at < c.end() && at >= c.verbEnd()) {
      clauses.set(clause, c.withEnd(at));
    }
  }

  /** Adds a clause over {@code [start, to)} and reads what opens inside it; its end. */
  private int add(Clause.Kind kind, int start, List<Word> subject, int verb, int to,
      List<Word> moved, int parent, @Nullable Word opener, boolean resumable) {
    int verbEnd = verb < 0 ? start + 1 : signs.groupEnd(verb);
    int end = resumable && verb >= 0 ? resumption(verbEnd, to) : to;
    int index = clauses.size();
    clauses.add(new Clause(kind, start, subject, verb, verbEnd, end, moved, parent, -1, opener));
    for (int i = start; i < Math.min(verbEnd, end); i++) {
      owner[i] = index;
    }
    scan(index, Math.min(verbEnd, end), end);
    return end;
  }

  /** Where the main verb takes up again after a relative clause in the subject, or {@code to}. */
  private int resumption(int from, int to) {
    for (int i = from; i < to; i++) {
      Word word = w.get(i);
      String lower = Grammar.lower(word);
      if (Grammar.RELATIVE.contains(lower) || lower.equals("that") || word.is("SCONJ")) {
        return to;
      }
      if (Grammar.finite(w, i) && !word.is("AUX") && i > from) {
        Word before = w.get(i - 1);
        boolean continues = before.is("CCONJ") || Grammar.lower(before).equals("to")
            || Grammar.personalPronoun(before);
        if (!continues) {
          return i;
        }
      }
    }
    return to;
  }

  /** Reads a relative clause; returns where it ends. */
  private int relative(ClauseSigns.Opening opening, int to, int parent, boolean resumable) {
    List<Word> antecedent = ClauseSigns.quantified(opening.quantifier(),
        signs.antecedent(opening.start()));
    int from = opening.pronoun() + 1;
    int v = signs.skipAdverbs(from, to);
    if (opening.oblique()) {
      int verb = signs.clauseAt(from);
      return add(Clause.Kind.RELATIVE, opening.start(), verb < 0 ? List.of() : ownWords(from, verb),
          verb, to, List.of(), parent, w.get(opening.pronoun()), resumable);
    }
    if (v < to && Grammar.finite(w, v)) {
      return add(Clause.Kind.RELATIVE, opening.start(), antecedent, v, to, List.of(), parent,
          w.get(opening.pronoun()), resumable);
    }
    int verb = signs.clauseAt(from);
    // "the agreement that Ferreira and Haldane announced": the antecedent is the object.
    return add(Clause.Kind.RELATIVE, opening.start(), verb < 0 ? List.of() : ownWords(from, verb),
        verb, to, verb < 0 ? List.of() : antecedent, parent, w.get(opening.pronoun()), resumable);
  }

  /** The words of {@code [from, to)} that belong to no clause inside it. */
  private List<Word> ownWords(int from, int to) {
    List<Word> words = new ArrayList<>();
    int clause = from > 0 && from - 1 < owner.length ? owner[Math.max(0, from - 1)] : 0;
    for (int i = from; i < to; i++) {
      if (owner[i] == clause || owner[i] == 0) {
        words.add(w.get(i));
      }
    }
    return words.stream().filter(x -> !Grammar.separator(x)).toList();
  }}
