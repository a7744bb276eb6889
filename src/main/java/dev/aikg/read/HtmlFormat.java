package dev.aikg.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * {@code .html}/{@code .htm}: the visible article text. Scripts, styles, navigation, headers,
 * footers, forms and cookie/newsletter/share widgets are dropped; the {@code <article>} or
 * {@code <main>} element is preferred when the page has one. Block elements become paragraph breaks
 * so sentence splitting sees the page's structure.
 */
final class HtmlFormat extends WholeFileFormat {
    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [hidden], [aria-hidden=true], "
            + "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=newsletter], "
            + "[class*=share], [class*=social], [class*=banner], [class*=advert], [class*=paywall]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "figure", "table", "tr", "dd", "dt",
            "pre", "br", "hr");
    private static final String[] DATE_META = {"meta[property=article:published_time]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[itemprop=datePublished]", "time[datetime]"};

    @Override
    public boolean accepts(String name) { return name.endsWith(".html") || name.endsWith(".htm"); }

    @Override
    Parsed parse(String raw) {
        org.jsoup.nodes.Document page = Jsoup.parse(raw);
        String title = page.title().isBlank() ? null : page.title().strip();
        LocalDate published = published(page);
        Element body = page.selectFirst("article");
        if (body == null) body = page.selectFirst("main");
        if (body == null) body = page.body();
        body.select(DROP).remove();
        String text = visibleText(body);
        if (title == null) title = headline(text);
        return new Parsed(text, title, published);
    }

    private static LocalDate published(org.jsoup.nodes.Document page) {
        for (String sel : DATE_META) {
            Element e = page.selectFirst(sel);
            if (e == null) continue;
            String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            if (v.length() >= 10) {
                try {
                    return LocalDate.parse(v.substring(0, 10));
                } catch (DateTimeParseException ignored) {
                    // Not ISO: try the next source of a date.
                }
            }
        }
        return null;
    }

    /** Text with a blank line after each block element and single spaces inside blocks. */
    static String visibleText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text().replaceAll("\\s+", " ");
                    if (s.isBlank()) {
                        if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) sb.append(' ');
                        return;
                    }
                    if (s.startsWith(" ") && (sb.length() == 0 || Character.isWhitespace(sb.charAt(sb.length() - 1)))) {
                        s = s.stripLeading();
                    }
                    sb.append(s);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakParagraph(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) breakParagraph(sb);
            }
        }, root);
        return sb.toString().strip() + "\n";
    }

    private static void breakParagraph(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        if (sb.length() == 0 || (sb.length() >= 2 && sb.charAt(sb.length() - 1) == '\n'
                && sb.charAt(sb.length() - 2) == '\n')) return;
        sb.append(sb.charAt(sb.length() - 1) == '\n' ? "\n" : "\n\n");
    }
}
