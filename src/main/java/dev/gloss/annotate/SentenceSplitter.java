package dev.gloss.annotate;

import dev.gloss.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits body text into sentences with Apache OpenNLP's English model, then mends the splits news
 * prose needs mended: never inside a paragraph break's absence, never after an initial ("M.B.
 * Mack") or a title ("Sen.", "Nov."), and a closing quotation mark stays with its sentence.
 */
final class SentenceSplitter {

  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final Pattern ABBREVIATION_END = Pattern.compile(
      "(?:\\b\\p{Lu}\\.|\\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cllr|Coun|St|Jr|Sr"
          + "|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\\.S|U\\.K|vs|"
          + "approx|est|Mt|Ft|Rev)\\.)$");
  private static final Pattern STARTS_LOWER = Pattern.compile("^[\"'\u201c\u2018]?\\p{Ll}");
  private static final Pattern CLOSERS = Pattern.compile("^[\"'\u201d\u2019)\\]]+");

  private final SentenceModel model;

  SentenceSplitter() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + MODEL + " not on classpath");
      }
      model = new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentences of the text, paragraph by paragraph (paragraphs are split by blank lines). */
  List<Span> split(String text) {
    // SentenceDetectorME keeps state between calls, so each call gets its own.
    SentenceDetectorME detector = new SentenceDetectorME(model);
    List<Span> sentences = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart <= text.length()) {
      int paragraphEnd = text.indexOf("\n\n", paragraphStart);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      String paragraph = text.substring(paragraphStart, paragraphEnd);
      List<Span> raw = new ArrayList<>();
      for (opennlp.tools.util.Span span : detector.sentPosDetect(paragraph)) {
        raw.add(new Span(paragraphStart + span.getStart(), paragraphStart + span.getEnd()));
      }
      sentences.addAll(mend(text, raw));
      paragraphStart = paragraphEnd + 2;
    }
    return sentences;
  }

  private static List<Span> mend(String text, List<Span> raw) {
    List<Span> mended = new ArrayList<>();
    for (Span span : raw) {
      if (!mended.isEmpty()) {
        Span previous = mended.get(mended.size() - 1);
        String before = text.substring(previous.start(), previous.end());
        String current = text.substring(span.start(), span.end());
        var closers = CLOSERS.matcher(current);
        if (closers.find() && closers.end() == current.length()) {
          mended.set(mended.size() - 1, new Span(previous.start(), span.end()));
          continue;
        }
        if (ABBREVIATION_END.matcher(before).find() || STARTS_LOWER.matcher(current).find()) {
          mended.set(mended.size() - 1, new Span(previous.start(), span.end()));
          continue;
        }
      }
      mended.add(span);
    }
    return mended;
  }
}
