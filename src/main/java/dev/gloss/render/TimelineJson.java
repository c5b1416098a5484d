package dev.gloss.render;

import dev.gloss.model.Article;
import dev.gloss.model.Timeline;
import dev.gloss.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A timeline in TimelineJS's JSON format. TimelineJS needs a start date on every event, so an
 * undated event borrows the date of the event before it and says so in its display date.
 */
final class TimelineJson {

  private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private TimelineJson() {
  }

  static Map<String, Object> of(Article article, Timeline timeline) {
    List<Object> events = new ArrayList<>();
    Map<String, Object> previous = article.meta().publicationYear() == null ? null
        : JsonText.object("year", article.meta().publicationYear());
    for (TimelineEvent event : timeline.events()) {
      Map<String, Object> start = event.when() == null ? null : startDate(event.when());
      String display = event.whenShown();
      if (start == null) {
        start = previous;
        display = (event.whenText() != null ? event.whenText() + "; " : "")
            + "undated in the text, placed after the event before it";
      }
      if (start == null) {
        continue;
      }
      previous = start;
      events.add(JsonText.object(
          "unique_id", event.id(),
          "start_date", start,
          "display_date", display,
          "text", JsonText.object("headline", event.label(),
              "text", String.join(" ", event.warnings()).isEmpty() ? null
                  : String.join(" ", event.warnings()))));
    }
    return JsonText.object(
        "title", JsonText.object("text", JsonText.object("headline", article.meta().title())),
        "events", events);
  }

  private static @Nullable Map<String, Object> startDate(String value) {
    Matcher m = CALENDAR.matcher(value);
    if (!m.lookingAt()) {
      return null;
    }
    return JsonText.object("year", Integer.parseInt(m.group(1)),
        "month", m.group(2) == null ? null : Integer.parseInt(m.group(2)),
        "day", m.group(3) == null ? null : Integer.parseInt(m.group(3)));
  }
}
