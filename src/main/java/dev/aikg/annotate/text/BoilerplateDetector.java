package dev.aikg.annotate.text;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks site furniture that is not article text, so no mention comes from it: photo credits
 * ("Name / Agency / Getty", "Foto: Shutterstock"), bylines ("Von Jana Muster", "By A and B | May 2",
 * "(Reporting by …; Editing by …)"), cookie and JavaScript notices, source lines,
 * share widgets, "read also" teasers, newsletter prompts, ad slots and comment counters. Works line
 * by line; most lines are rejected by a cheap length or first-character test before any pattern runs.
 */
public final class BoilerplateDetector implements Annotator {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SLASHES = java.util.regex.Pattern.compile("\\s*[/|]\\s*");
    private static final java.util.regex.Pattern SENTENCE_ENDS = java.util.regex.Pattern.compile("[.!?]\\s");
    private static final Set<String> AGENCIES = Set.of("getty", "getty images", "reuters", "ap", "afp", "dpa",
            "keystone", "shutterstock", "imago", "epa", "picture alliance", "picture-alliance", "istock", "istockphoto",
            "bloomberg", "pd", "zvg", "unsplash", "pexels", "adobe stock", "ki-generiert", "archiv", "privat", "ddp",
            "xinhua", "kyodo", "sipa", "anadolu", "efe", "ansa", "key", "imago images", "alamy", "nurphoto");
    private static final Set<String> CREDIT_WORDS = Set.of("foto", "fotos", "bild", "bilder", "photo", "photos",
            "image", "images", "credit", "credits", "bildquelle", "copyright", "quelle", "source");
    private static final Pattern WHOLE_LINE = Pattern.compile("(?i)^(?:"
            + "quelle\\s*:.*|source\\s*:.*|sources\\s*:.*"
            + "|(?:lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|weiterlesen|read more|read also|related|see also|empfehlungen)\\b.{0,200}"
            + "|exit mobile version|die mobile version verlassen|zur mobilen version|skip to content|zum inhalt springen"
            + "|\\[?anzeige[_ ]?\\d*\\]?|\\[?advertisement\\]?|werbung|anzeige|sponsored"
            + "|(?:kommentare?|comments?)\\s*\\(\\d+\\)"
            + "|(?:teilen|share|tweet|drucken|print|e-mail|email|facebook|twitter|x|whatsapp|linkedin|xing|telegram|reddit|pinterest|kopieren|link kopieren|copy link)(?:\\s*[|/·]\\s*\\S+)*"
            + "|optimieren sie ihre browsereinstellungen.*|bitte passen sie die einstellungen an\\.?"
            + ")$");
    /** One author's name in a byline: two or three capitalised words ("Min-ji Seo", "Mary O'Neil Grant"). */
    private static final String AUTHOR = "\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){1,2}";
    /** "Claire Hemsworth in Sydney": an author and the desk she writes from. */
    private static final String AUTHOR_AT = AUTHOR + "(?:[ \\t]+(?:in|aus|from)[ \\t]+\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*)?)?";
    private static final String AUTHORS = AUTHOR_AT + "(?:[ \\t]*(?:,|&|and|und)[ \\t]*" + AUTHOR_AT + ")*";
    /**
     * A line naming the article's authors: "By A and B", "*Von Jana Muster | 25. Juni 2025*", a meta line
     * ending in one ("06.06.2025 · Lesezeit: 5 Min. · Von Jana Muster"), or an agency's credit
     * ("(Reporting by A in Paris; Editing by B)"). The gold of every blind round leaves authors out,
     * as the seeds have none: an author writes about the entities, he is not one of them.
     */
    private static final Pattern BYLINE = Pattern.compile("^[*_(\\[ \\t]*(?:"
            // "Von Jana Muster · 11.11.2025, 16:42 Uhr · Lesezeit 4 Min.": after a separator, anything.
            // "**By Caleb Hartigan** | March 20, 2025": the names in emphasis before the separator.
            + "(?:By|BY|Von|VON)[ \\t]+" + AUTHORS + "[*_]{0,2}[ \\t]*[|·•;–—/-].*"
            + "|(?:(?:By|BY|Von|VON)[ \\t]+" + AUTHORS + "(?:,[ \\t]*(?=[\\p{Lu}\\d]).*)?"
            + "|.{0,100}[|·•][ \\t]*(?:By|Von)[ \\t]+" + AUTHORS
            // "*LAS VEGAS* — By Mark Ellison": a dateline, a dash, the byline; "Warschau, 29. November 2024 – Von Lukas Brenner":
            // a date's full stop after its day.
            + "|(?:[^.!?]|(?<=\\d)\\.){0,40}[ \\t][–—][ \\t]*(?:By|Von)[ \\t]+" + AUTHORS
            // "01.04.2025, 07:42 Uhr · Von Jana Muster · Lesezeit 5 Minuten": the byline between two meta parts.
            + "|.{0,100}[|·•][ \\t]*(?:By|Von)[ \\t]+" + AUTHORS + "[ \\t]*[|·•].{0,60}"
            + "|(?i:(?:additional[ \\t]+)?(?:reporting|editing|writing|reported|edited|written)[ \\t]+by)\\b.*"
            // No sentence: nothing may end in a full stop, but a reading time's abbreviation ("Lesezeit: 5 Min.").
            + ")[*_)\\] \\t]*(?:(?<![.!?:][*_)\\] \\t]{0,3})|(?<=[Mm]in\\.)))$");
    /** An agency's credit closing the last paragraph: "… 2 %. (Reporting by A; Editing by B)". */
    private static final Pattern TRAILING_BYLINE = Pattern.compile(
            "\\((?i:(?:additional\\s+)?(?:reporting|editing|writing)\\s+by)\\b[^()]*\\)\\s*$");
    /**
     * A line of teasers under a label and a colon, in emphasis or a list item too, as long as three headlines:
     * "*Read more:* [Meta doubles down](#) · [Samsung prepares …](#)", "- Lesen Sie auch: …".
     */
    private static final Pattern TEASER_LINE = Pattern.compile("(?i)[*_#>\\s-]*(?:lesen sie auch|lesen sie mehr|auch interessant|"
            + "mehr zum thema|weiterlesen|read more|read also|related|see also|empfehlungen|weitere artikel|more stories)[*_]*\\s*:");
    /** A heading over a list of other articles' headlines. */
    private static final Pattern TEASER_HEADING = Pattern.compile("(?i)(?:#+\\s*)?(?:mehr zum thema|lesen sie auch|auch interessant|"
            + "das könnte sie auch interessieren|weitere artikel(?: zum thema)?|meistgelesen|related|related coverage|related articles|"
            + "read more|read also|more from [\\p{L} ]+|most popular|most read|see also)\\s*:?");

    /** Words a share widget is made of ("Teilen auf Facebook | Per E-Mail versenden", "Share this article: X · Email"). */
    private static final Set<String> SHARE_WORDS = Set.of("teilen", "auf", "per", "via", "share", "this", "the", "article",
            "story", "on", "diesen", "den", "artikel", "beitrag", "facebook", "x", "twitter", "linkedin", "xing",
            "whatsapp", "telegram", "reddit", "pinterest", "threads", "bluesky", "mastodon", "flipboard", "e-mail",
            "email", "mail", "versenden", "senden", "send", "link", "kopieren", "copy", "drucken", "print", "merken",
            "speichern", "save", "bookmark", "messenger", "und", "and", "or", "oder",
            // "[Artikel anhören] [Teilen: Facebook | X]", "Listen to this article · Share": the audio button beside them.
            "anhören", "vorlesen", "listen", "to",
            // "[Teilen] [Twittern] [Per E-Mail versenden]".
            "twittern", "tweeten", "tweet", "posten", "post",
            // "[Share](#) [Post](#) [Email](#) [Save for later](#)", "Für später speichern".
            "for", "later", "für", "später", "reading", "list");
    /** The words that make such a line a share widget and not a sentence that happens to be short. */
    private static final Set<String> SHARE_TARGETS = Set.of("facebook", "x", "twitter", "linkedin", "xing", "whatsapp",
            "telegram", "reddit", "pinterest", "threads", "bluesky", "mastodon", "flipboard", "e-mail", "email", "messenger",
            "twittern", "tweeten", "tweet");
    // Markdown and bracketed buttons too: "*Share this article:* [LinkedIn] [X] [Email]", "[Facebook](#)", "`Share:` [X](#)".
    private static final Pattern SHARE_SEPARATORS = Pattern.compile("[\\s|/·•:,*_`\\[\\]()#]+");

    /** Words that alone make a short line a site notice. */
    private static final String[] NOTICE = {"javascript", "browsereinstellungen", "adblocker", "anzeigenblocker",
            "ad blocker", "datenschutzeinstellungen", "privacy settings", "enable js", "alle rechte vorbehalten",
            "all rights reserved"};
    /** Words that make a notice only together with a call to act: "Cookies" may be baked in an article. */
    private static final String[] WEAK_NOTICE = {"cookie", "newsletter", "abonnieren", "subscribe", "sign up"};
    private static final String[] NOTICE_CONTEXT = {"browser", "einstellungen", "settings", "akzeptieren", "accept",
            "zustimmen", "consent", "melden sie sich", "anmelden", "e-mail", "email", "jetzt", "kostenlos", "free",
            "inbox", "hier", "here", "our ", "unseren", "unserem"};

    @Override public String name() { return "boilerplate"; }

    @Override public Set<Layer> requires() { return Set.of(); }

    @Override public Set<Layer> assigns() { return Set.of(Layer.BOILERPLATE); }

    @Override
    public void annotate(AnnotatedDocument doc) {
        doc.boilerplate().addAll(detect(doc.text()));
    }

    /** Boilerplate spans as {start, end} pairs, in text order. */
    public List<int[]> detect(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean teasers = false;
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int s = i, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) {
                // The headlines listed under "Mehr zum Thema" / "Related": short lines without a full stop.
                if (teasers && e - s <= 120 && text.charAt(e - 1) != '.' && text.charAt(e - 1) != ':') {
                    out.add(new int[]{s, e});
                } else {
                    teasers = e - s <= 45 && TEASER_HEADING.matcher(text.substring(s, e)).matches();
                    int[] span = lineSpan(text, s, e);
                    // "Jana Petersen" alone on the last line (a Markdown signature, its emphasis read away), or an author's note there.
                    if (span == null && text.substring(e).isBlank() && (e - s <= 60 && SIGNATURE.matcher(text.substring(s, e)).matches()
                            || e - s <= 200 && AUTHOR_NOTE.matcher(text.substring(s, e)).matches())) {
                        span = new int[]{s, e};
                    }
                    if (span != null) out.add(span);
                }
            }
            i = end + 1;
        }
        return out;
    }

    private static int[] lineSpan(String text, int s, int e) {
        String line = text.substring(s, e);
        int len = line.length();
        if (len <= 120 && (WHOLE_LINE.matcher(line).matches() || isCreditLine(line) || isShareWidget(line))) {
            return new int[]{s, e};
        }
        if (len <= 200 && isNavigationBar(line)) return new int[]{s, e};
        if (len <= 200 && isByline(line)) return new int[]{s, e};
        if (len <= 400 && TEASER_LINE.matcher(line).lookingAt()) return new int[]{s, e};
        int byline = trailingByline(line);
        if (byline >= 0) return new int[]{s + byline, e};
        int credit = creditStart(line);
        if (credit < 0) credit = trailingCredit(line);
        if (credit >= 0) {
            // "*Teilen: [Facebook](#) · [X](#)* · Foto oben: A / dpa": share buttons before the credit are furniture too.
            int head = credit;
            while (head > 0 && " ·|•".indexOf(line.charAt(head - 1)) >= 0) head--;
            if (head > 0 && isShareWidget(line.substring(0, head))) return new int[]{s, e};
            // "Foto: Shutterstock" at the end of a caption: only the credit itself is furniture.
            return new int[]{s + credit, e};
        }
        if (len <= 300) {
            String lower = line.toLowerCase(Locale.ROOT);
            boolean notice = containsAny(lower, NOTICE) || containsAny(lower, WEAK_NOTICE) && containsAny(lower, NOTICE_CONTEXT);
            if (notice && !looksLikeArticleSentence(line)) {
                return new int[]{s, e};
            }
        }
        return null;
    }

    private static final Pattern BAR = Pattern.compile("\\s+\\|\\s+");

    /**
     * A site's navigation bar: four or more short items between bars, no digits and no sentence in them ("TILE & STONE
     * WEEKLY | News | Markets | Design | Events", "TECHWELT NEWS – Startseite | KI | Industrie | Börse"). A Markdown table
     * row opens and closes with a bar and keeps its names.
     */
    static boolean isNavigationBar(String line) {
        if (line.startsWith("|") || line.endsWith("|")) return false;
        String[] items = BAR.split(line);
        if (items.length < 4) return false;
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || t.length() > 40 || t.split("\\s+").length > 5) return false;
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (Character.isDigit(c) || c == '.' || c == '!' || c == '?' || c == '%') return false;
            }
        }
        return true;
    }

    /**
     * A line of share buttons: only share words, at least one of them a network or e-mail, and no
     * final full stop ("Teilen auf Facebook | Teilen auf X", "Share this article: Facebook · X · Email").
     */
    static boolean isShareWidget(String line) {
        if (line.length() > 120 || line.endsWith(".")) return false;
        boolean target = false;
        for (String w : SHARE_SEPARATORS.split(line.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            if (!SHARE_WORDS.contains(w)) return false;
            target |= SHARE_TARGETS.contains(w);
        }
        return target;
    }

    /**
     * Where a slash credit starts after the last sentence of a caption ("… in Redmond. Jason Redmond /
     * AFP / Getty"), or -1: the caption is text, the credit is furniture.
     */
    private static int trailingCredit(String line) {
        int slash = line.lastIndexOf('/');
        if (slash < 0 || line.length() - slash > 60) return -1;
        int end = -1;
        for (int i = Math.max(0, line.length() - 90); i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && line.charAt(i + 1) == ' ' && i < slash) end = i + 1;
        }
        if (end < 0) return -1;
        int start = end;
        while (start < line.length() && line.charAt(start) == ' ') start++;
        String tail = line.substring(start);
        return tail.indexOf('/') > 0 && isCreditLine(tail) ? start : -1;
    }

    /** Words that say where the credited picture stands: "Foto oben:", "Photo above:". */
    private static final Set<String> PLACE_WORDS = Set.of("oben", "unten", "links", "rechts", "above", "below", "top");

    /** Where "Foto:", "Bild:", "©" starts a credit in the last 80 characters of a line, or -1. */
    private static int creditStart(String line) {
        int from = Math.max(0, line.length() - 80);
        int copy = line.indexOf('©', from);
        if (copy >= 0) return copy;
        for (int colon = line.indexOf(':', from); colon > 0; colon = line.indexOf(':', colon + 1)) {
            int w = colon;
            while (w > 0 && Character.isLetter(line.charAt(w - 1))) w--;
            if (w < colon && (w == 0 || " ([".indexOf(line.charAt(w - 1)) >= 0)
                    && CREDIT_WORDS.contains(line.substring(w, colon).toLowerCase(Locale.ROOT))) {
                return w;
            }
            // "Foto oben:", "Photo above:": the credit word one word before the colon.
            if (w > 1 && w < colon && line.charAt(w - 1) == ' ' && PLACE_WORDS.contains(line.substring(w, colon).toLowerCase(Locale.ROOT))) {
                int v = w - 1;
                while (v > 0 && Character.isLetter(line.charAt(v - 1))) v--;
                if (v < w - 1 && (v == 0 || " ([".indexOf(line.charAt(v - 1)) >= 0)
                        && CREDIT_WORDS.contains(line.substring(v, w - 1).toLowerCase(Locale.ROOT))) {
                    return v;
                }
            }
        }
        return -1;
    }

    /** "Reporting by A; editing by B." on a line of its own: an agency credit, its full stop included. */
    private static final Pattern CREDIT_LINE = Pattern.compile("[*_(\\[ \\t]*(?i:(?:additional[ \\t]+)?(?:reporting|editing|writing)"
            + "[ \\t]+by)[ \\t]+" + AUTHORS + "(?:[ \\t]*;[ \\t]*(?i:(?:additional[ \\t]+)?(?:reporting|editing|writing)[ \\t]+by)"
            + "[ \\t]+" + AUTHORS + ")*[ \\t]*\\.?[*_)\\] \\t]*");

    /** "*Jana Petersen*": an author's name alone on a line in emphasis, the signature under a Markdown article. */
    private static final Pattern EMPHASIZED_SIGNATURE = Pattern.compile("[ \\t]*([*_]{1,2})" + AUTHOR + "\\1[ \\t]*");
    /**
     * "*Caleb Hartigan covers industrial technology. Contact: …*": an author's note, the name and what the author covers
     * or is; it names the author, who is no entity of the article (see {@link #BYLINE}). Taken in emphasis, or without
     * (Markdown's read away) as the text's last line.
     */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("[ \\t]*([*_]{0,2})" + AUTHOR
            + "[ \\t]+(?:covers|writes about|reports on|is a (?:senior )?(?:reporter|correspondent|editor|writer)|berichtet über|schreibt über"
            + "|ist (?:Korrespondent|Korrespondentin|Redakteur|Redakteurin|Reporter|Reporterin))\\b[^*_]*\\1[ \\t]*");
    /** The same name with or without its emphasis, taken only as the text's last line. */
    private static final Pattern SIGNATURE = Pattern.compile("[ \\t]*([*_]{0,2})" + AUTHOR + "\\1[ \\t]*");

    private static boolean emphasisedAuthorNote(String line) {
        java.util.regex.Matcher m = AUTHOR_NOTE.matcher(line);
        return m.matches() && !m.group(1).isEmpty();
    }

    /** A line of authors (see {@link #BYLINE}); a line that starts with no byline cue is refused at once. */
    /** "Additional reporting by Tom Berg. Sources: company statements.": an agency's credit line, full stops and all. */
    private static final Pattern REPORTING_LINE = Pattern.compile(
            "^[*_(\\[ \\t]*(?i:(?:additional[ \\t]+)?(?:reporting|editing|writing)[ \\t]+by)[ \\t]+\\p{Lu}[\\p{L}'’-]*"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,3}[ \\t]*(?:[.;,]|$|and\\b|und\\b).{0,150}$");

    static boolean isByline(String line) {
        if (CREDIT_LINE.matcher(line).matches() || EMPHASIZED_SIGNATURE.matcher(line).matches()
                || emphasisedAuthorNote(line) || REPORTING_LINE.matcher(line).matches()) return true;
        int i = 0;
        while (i < line.length() && "*_([ \t".indexOf(line.charAt(i)) >= 0) i++;
        if (i == line.length()) return false;
        char c = line.charAt(i);
        boolean cue = c == 'B' || c == 'V' || c == 'b' || c == 'v' || c == 'R' || c == 'r' || c == 'E' || c == 'e'
                || c == 'W' || c == 'w' || c == 'A' || c == 'a' || line.indexOf('·') >= 0 || line.indexOf('|') >= 0
                || line.indexOf('•') >= 0 || line.indexOf('—') >= 0 || line.indexOf('–') >= 0;
        return cue && BYLINE.matcher(line).matches();
    }

    /** Where an agency's bracketed credit starts at the end of a line, or -1. */
    private static int trailingByline(String line) {
        if (line.length() < 14 || line.charAt(line.length() - 1) != ')') return -1;
        int open = line.lastIndexOf('(');
        if (open < 0) return -1;
        java.util.regex.Matcher m = TRAILING_BYLINE.matcher(line);
        return m.find(open) && m.start() == open ? open : -1;
    }

    private static boolean containsAny(String lower, String[] needles) {
        for (String n : needles) if (lower.contains(n)) return true;
        return false;
    }

    /**
     * A short line without final punctuation made of name-like parts separated by slashes
     * ("Constanza Hevia / Washington Post / Getty"), or a short line ending with an agency name
     * ("Carlos Barria / Reuters", "Deepseek Shutterstock", "PD").
     */
    static boolean isCreditLine(String line) {
        if (line.length() > 90) return false;
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == '“' || last == '"') return false;
        String[] words = SPACES.split(line.trim());
        if (words.length > 9) return false;
        String lower = line.toLowerCase(Locale.ROOT);
        if (AGENCIES.contains(lower)) return true;
        String[] parts = SLASHES.split(lower);
        if (parts.length >= 2) {
            String lastPart = parts[parts.length - 1].trim();
            if (AGENCIES.contains(lastPart) || allNameLike(SLASHES.split(line))) return true;
        }
        if (words.length > 4) return false;
        for (String a : AGENCIES) {
            if (a.length() >= 5 && endsWithWord(lower, a)) return true;
        }
        return false;
    }

    /** {@code s.endsWith(" " + word)}, without building the string. */
    private static boolean endsWithWord(String s, String word) {
        int at = s.length() - word.length() - 1;
        return at >= 0 && s.charAt(at) == ' ' && s.endsWith(word);
    }

    private static boolean allNameLike(String[] parts) {
        for (String p : parts) {
            String t = p.trim();
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || SPACES.split(t).length > 4) return false;
        }
        return true;
    }

    /** A notice keyword inside a long, well-formed sentence of article text is not a notice. */
    private static boolean looksLikeArticleSentence(String line) {
        return line.length() > 200 && SENTENCE_ENDS.split(line).length >= 3;
    }
}
