package dev.gloss.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The blocks of a page that are datelines: a block whose text is mostly {@code <time>} elements
 * ("March 4, 2024 10:40 p.m. Updated March 6"). A {@code <time>} that is a small part of its block
 * is a date the story mentions ("The council votes on March 12."), not the page's.
 */
final class Datelines {

  private Datelines() {
  }

  /**
   * The dateline blocks in page order.
   *
   * @param root where to look
   * @return each dateline block once
   */
  static List<Element> of(Element root) {
    TextSizes sizes = TextSizes.of(root);
    Map<Element, Integer> timeText = new LinkedHashMap<>();
    for (Element time : root.select("time")) {
      Element block = block(time);
      if (block != null) {
        timeText.merge(block, sizes.size(time), Integer::sum);
      }
    }
    List<Element> datelines = new ArrayList<>();
    timeText.forEach((block, times) -> {
      // A time inside a time would count twice; a dateline is mostly times either way.
      if (times * 2 >= sizes.size(block)) {
        datelines.add(block);
      }
    });
    return datelines;
  }

  private static @Nullable Element block(Element element) {
    for (Element at = element.parent(); at != null; at = at.parent()) {
      if (PageCopy.isBlock(at)) {
        return at;
      }
    }
    return null;
  }
}
