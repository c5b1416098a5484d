package dev.gloss.markdown;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * The YAML front matter of a Gloss Markdown file, field for field. Written by Gloss for a scraped
 * seed and edited by people; unknown keys are reported, not ignored, so that a typo is not lost.
 *
 * @param title the headline
 * @param author the byline
 * @param publication the outlet
 * @param date the publication date as ISO {@code YYYY-MM-DD}
 * @param year the publication year, when no full date is known
 * @param caption the lead image's caption
 * @param credit the lead image's credit
 * @param copyright the copyright line
 * @param source the seed file the article first came from
 * @param slug the page's folder in the site
 * @param theme the theme to render this article with, overriding the build's
 * @param timeline an editor's changes to the timeline
 * @param facts an editor's changes to the fact boxes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"title", "author", "publication", "date", "year", "caption", "credit",
    "copyright", "source", "slug", "theme", "timeline", "facts"})
public record FrontMatter(
    @Nullable String title,
    @Nullable String author,
    @Nullable String publication,
    @Nullable String date,
    @Nullable Integer year,
    @Nullable String caption,
    @Nullable String credit,
    @Nullable String copyright,
    @Nullable String source,
    @Nullable String slug,
    @Nullable String theme,
    FrontMatterEdits.@Nullable Timeline timeline,
    FrontMatterEdits.@Nullable Facts facts) {
}
