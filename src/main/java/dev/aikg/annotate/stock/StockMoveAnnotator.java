package dev.aikg.annotate.stock;

import dev.aikg.annotate.relation.Rx;
import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;
import dev.aikg.annotate.quantity.Lang;
import dev.aikg.annotate.relation.MentionIndex;
import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.annotate.time.DateMention;
import dev.aikg.annotate.time.DateResolver;
import dev.aikg.model.EntityType;
import dev.aikg.model.Evidence;
import dev.aikg.model.Quantity;
import dev.aikg.model.Sentence;
import dev.aikg.model.StockMove;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Share-price and index moves: a company or index, a signed percentage, whether it is approximate,
 * the trading day and session. The company is the one the percentage is bracketed after ("ASML
 * (–10%)") or the nearest one before it in the clause; the day comes from the clause, the sentence
 * or the last day named in the three sentences before.
 */
public final class StockMoveAnnotator implements Annotator {
    private static final int DIRECTION_BEFORE = 70;
    private static final int DIRECTION_AFTER = 25;
    private static final int DATE_LOOKBACK = 3;
    /** An apposition's characters: no clause end, but the dot of an initial or a short form ("C.H. Robinson", "Inc."). */
    private static final String APPOSITION_TEXT = "(?:[^;.]|(?<=\\b(?:\\p{Lu}|Inc|Corp|Co|Ltd|Bros|St))\\.)";
    /** Plain verbs of a price move, the past tense news uses for one day's figure. */
    private static final String PLAIN_VERBS_EN = "fell|rose|gained|lost|dropped|declined|climbed|advanced|slid|slipped|added|shed";
    /** The plain verbs and the German past tenses that date a move with the day after the figure. */
    private static final String DATED_VERBS = PLAIN_VERBS_EN + "|verlor|gewann|fiel|stieg";

    @Override
    public String name() { return "stock-moves"; }

    @Override
    public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.QUANTITIES); }

    @Override
    public Set<Layer> assigns() { return Set.of(Layer.STOCK_MOVES); }

    @Override
    public void annotate(AnnotatedDocument doc) {
        String text = doc.text();
        MentionIndex index = null;
        Set<String> seen = new HashSet<>();
        String lang = Lang.of(doc.document());
        SentenceDates dates = new SentenceDates(doc);
        int lastMoveSentence = -2;
        for (Sentence s : PercentFinder.sentencesWithPercent(doc)) {
            if (doc.isBoilerplate(s.start(), s.end())) continue;
            if (index == null) index = MentionIndex.of(doc);
            List<PercentFinder.Percent> pcts = PercentFinder.find(text, s.start(), s.end(), lang);
            Ref[] respective = pcts.size() < 2 ? null : RespectiveFigures.assign(text, pcts, index.in(s.index()), s.end());
            StockMove earlier = null;
            int earlierSegEnd = -1;
            boolean afterMove = s.index() - lastMoveSentence == 1;
            // "Skechers slipped 2.7% and NXP lost 4.6% on Monday": a later figure of the sentence that is a price move makes
            // the plain verbs before it one too.
            boolean laterMove = !afterMove && pcts.size() > 1 && laterMove(doc, index, dates, s, pcts, respective);
            for (int k = 0; k < pcts.size(); k++) {
                int segStart = k == 0 ? s.start() : pcts.get(k - 1).end();
                int segEnd = k + 1 < pcts.size() ? pcts.get(k + 1).start() : s.end();
                int inherited = earlier == null ? 0 : (int) Math.signum(earlier.changePct());
                StockMove m = move(doc, index, dates, s, pcts.get(k), segStart, segEnd, respective == null ? null : respective[k], inherited,
                        afterMove || laterMove);
                if (m != null && earlier != null && earlier.subjectId().equals(m.subjectId())) {
                    earlierOwnDay(doc, dates, s, earlier, earlierSegEnd, m, seen);
                }
                if (m != null) {
                    lastMoveSentence = s.index();
                    earlier = m;
                    earlierSegEnd = segEnd;
                }
                if (m != null && seen.add(key(m.subjectId(), m) + "|" + m.date())) {
                    doc.stockMoves().add(m);
                    // "Beide Titel hatten jeweils rund 17% verloren": the same move for the other of the pair.
                    Ref other = pairPartner(doc, index, s, m, segStart, pcts.get(k));
                    if (other != null && seen.add(key(other.id(), m) + "|" + m.date())) {
                        doc.stockMoves().add(new StockMove(other.id(), m.changePct(), m.approximate(), m.date(), m.session(), null,
                                m.evidence()));
                    }
                }
            }
        }
        dropUndatedRepeats(doc.stockMoves());
    }

    /**
     * "AMD declined 5.2%, adding to the 4% slide it suffered last Thursday": two figures of one stock in a sentence whose
     * only day stands after the second belong to two days; the day is the second's, and the first takes the day of
     * the sentences before (as a figure without a day of its own does).
     */
    private static void earlierOwnDay(AnnotatedDocument doc, SentenceDates dates, Sentence s, StockMove first, int firstSegEnd,
                                      StockMove second, Set<String> seen) {
        if (first.date() == null || !first.date().equals(second.date()) || key(first.subjectId(), first).equals(key(second.subjectId(), second))) return;
        LocalDate published = doc.document().published();
        if (SentenceDates.lastOf(DateResolver.find(doc.text(), s.start(), firstSegEnd, published)) != null) return;
        LocalDate before = dayBefore(doc, dates, s);
        int at = doc.stockMoves().indexOf(first);
        if (at < 0 || java.util.Objects.equals(before, first.date())) return;
        seen.remove(key(first.subjectId(), first) + "|" + first.date());
        StockMove moved = new StockMove(first.subjectId(), first.changePct(), first.approximate(), before, first.session(),
                first.valueChange(), first.evidence());
        seen.add(key(moved.subjectId(), moved) + "|" + moved.date());
        doc.stockMoves().set(at, moved);
        if (before != null && before.isAfter(second.date())) dates.mainClauseDay(s, before);
    }

    /**
     * A headline's "Nvidia-Aktie bricht um 17 Prozent ein" and the body's "am Montag um 17 Prozent" are one event: the
     * undated move goes where a dated one of the same stock and figure exists, so the graph holds the event once.
     */
    private static void dropUndatedRepeats(List<StockMove> moves) {
        if (moves.size() < 2) return;
        Set<String> dated = new HashSet<>();
        for (StockMove m : moves) if (m.date() != null) dated.add(key(m.subjectId(), m));
        if (!dated.isEmpty()) moves.removeIf(m -> m.date() == null && dated.contains(key(m.subjectId(), m)));
    }

    /** Whether a figure after the first of the sentence is a price move on its own. */
    private boolean laterMove(AnnotatedDocument doc, MentionIndex index, SentenceDates dates, Sentence s, List<PercentFinder.Percent> pcts,
                              Ref[] respective) {
        for (int k = 1; k < pcts.size(); k++) {
            int segEnd = k + 1 < pcts.size() ? pcts.get(k + 1).start() : s.end();
            if (move(doc, index, dates, s, pcts.get(k), pcts.get(k - 1).end(), segEnd, respective == null ? null : respective[k], 0,
                    false) != null) {
                return true;
            }
        }
        return false;
    }

    /** A stock and a figure rounded to a tenth: what makes two mentions of a move one event (with its date). */
    private static String key(String subjectId, StockMove m) {
        return subjectId + "|" + Math.round(m.changePct() * 10);
    }

    private StockMove move(AnnotatedDocument doc, MentionIndex index, SentenceDates dates, Sentence s, PercentFinder.Percent p,
                           int segStart, int segEnd, Ref respective, int inherited, boolean afterMove) {
        String text = doc.text();
        // "a 3.2% drop in Apple": the company right after the figure; the change is then no business figure's.
        Ref named = namedAfter(text, index.in(s.index()), p);
        Ref subject = respective != null ? respective : named != null ? named : subject(text, index.in(s.index()), p, segStart, segEnd);
        // "Die Aktie verlor 3,8 Prozent und zog den Leitindex SMI mit nach unten": a stock word before the figure points back,
        // a name after it moved with its own figure.
        if (respective == null && named == null && subject != null && subject.start() >= p.end() && noRefBefore(index.in(s.index()), segStart, p.start())) {
            Ref back = anaphor(doc, index, s, p, segStart);
            if (back != null) subject = back;
        }
        if (subject == null) subject = anaphor(doc, index, s, p, segStart);
        // An index has no margins or sales: words of business figures near its figure are another company's.
        if (subject == null || !subject.is(EntityType.STOCK_INDEX) && businessFigure(text, s, p)
                || named == null && stakeFigure(text, s, p)) return null;
        boolean listItem = p.sign() != 0 && subject.end() <= p.start()
                && bracketed(text, subject.end(), p.start());
        // A signed figure right after a listed company ("Broadcom: –17,4%") is a price move even in a bare list.
        if (named == null && !(listItem && subject.entity().ticker() != null) && !marketContext(doc, s, subject, index)
                && !strongMove(text, subject, p) && !datedMove(text, subject, p) && !(afterMove && plainMove(text, subject, p))
                && !VENUE_AFTER.matcher(text).region(p.end(), Math.min(s.end(), p.end() + 40)).lookingAt()) {
            return null;
        }
        // "legte am Montag um 3,5 Prozent zu, gab am Dienstag aber 1,3 Prozent wieder ab": a cue after the next figure is
        // that figure's; only when none stands before it is the whole sentence read.
        int sign = p.sign() != 0 ? p.sign() : direction(text, s, p, clauseEnd(text, p, segEnd, s.end()));
        if (sign == 0 && segEnd < s.end()) sign = direction(text, s, p, s.end());
        // "Leapmotor verloren 6,2 Prozent, Geely 3,5 Prozent und Xpeng 5,1 Prozent": a list item with no verb of its own
        // moves the way the figure before it did.
        if (sign == 0 && inherited != 0 && GAPPED_ITEM.matcher(text.substring(segStart, p.start())).matches()) sign = inherited;
        if (sign == 0) return null;
        boolean approx = approximate(text, s, p);
        int clauseEnd = Math.min(segEnd, p.end() + 30);
        String clause = text.substring(segStart, clauseEnd).toLowerCase();
        String session = MoveCues.session(clause);
        if (session == null && clause.contains("aktie") || session == null && clause.contains("shares")) {
            session = MoveCues.session(text.substring(s.start(), s.end()).toLowerCase());
        }
        LocalDate date = date(doc, dates, s, segStart, clauseEnd, p);
        Evidence ev = new Evidence(doc.document().id(), s.index(), Math.min(subject.start(), p.start()),
                Math.max(subject.end(), p.end()), p.sign() != 0 ? "move.bracketed" : "move.verb", 0.85);
        return new StockMove(subject.id(), sign * p.value(), approx, date, session, valueChange(doc, s, subject), ev);
    }

    /** The company or index the percentage belongs to. */
    private static final java.util.regex.Pattern LISTED_AFTER = java.util.regex.Pattern.compile("\\s+(gelistete|notierte)[nmrs]\\b|-listed\\b");

    /** "des im S&P 500 gelisteten Unternehmens", "the S&P 500-listed company" ("Der Dax notierte 0,5 Prozent höher" is the index's). */
    private static boolean listedIn(String text, Ref r) {
        if (!LISTED_AFTER.matcher(text).region(r.end(), Math.min(text.length(), r.end() + 14)).lookingAt()) return false;
        return text.startsWith("-", r.end()) || text.substring(Math.max(0, r.start() - 3), r.start()).equals("im ");
    }

    private static Ref subject(String text, List<Ref> refs, PercentFinder.Percent p, int segStart, int segEnd) {
        // "The cable maker, which bought Encore Wire, …, and its shares rose 3.8% after Jefferies …": the owner of the shares is
        // the name that opens the sentence, or one before it; no name inside the clause or after the figure.
        java.util.regex.Matcher own = OWN_SHARES_BEFORE.matcher(text).region(Math.max(segStart, p.start() - 50), p.start());
        if (own.matches()) {
            // "Rival AJ Bell, led by X, has preferred …; its shares slipped": the name nearest before the pronoun, unless a
            // relative clause holds it ("The cable maker, which bought Encore Wire, …, and its shares rose": points back).
            // The name that opens the clause comes first ("Pennon Group, the owner of South West Water, …; its shares").
            Ref owner = null;
            for (Ref r : refs) {
                if (!isListed(r) || r.end() > own.start(1)) continue;
                if (r.start() >= segStart && Rx.matches(text.substring(segStart, r.start()), "(?s)\\s*([\\p{L}-]+\\s+){0,3}")) return r;
                owner = r;
            }
            if (owner == null) return null;
            int comma = text.lastIndexOf(',', owner.start());
            // Inside a clause or an apposition closed by its comma: it describes the owner, it is none.
            boolean described = comma >= 0 && Rx.matches(text.substring(comma, owner.start()).toLowerCase(),
                    ",\\s*(which|that|who|der|die|das|welche[rs]?|the|a|an)\\s.*")
                    && Rx.matches(text.substring(owner.end(), Math.min(text.length(), owner.end() + 2)), "\\s?,.*");
            return described ? null : owner;
        }
        Ref before = null, shares = null, firstInSegment = null, plainBefore = null;
        for (Ref r : refs) {
            if (!isListed(r) || source(text, r)) continue;
            // "Nachdem das Wall Street Journal berichtet hatte, fiel die Palo-Alto-Aktie": a news outlet reports the move.
            if (newsOutlet(r) && !sharesOf(text, r)) continue;
            // "Die Aktie des im S&P 500 gelisteten Unternehmens", "the S&P 500-listed company": the index describes the mover.
            if (r.is(EntityType.STOCK_INDEX) && listedIn(text, r)) continue;
            if (r.end() <= p.start()) {
                if (bracketed(text, r.end(), p.start())) return r;
                if (r.start() >= segStart || before == null) before = r;
                if (!describesNoun(text, refs, r)) plainBefore = r;
                if (r.start() >= segStart && firstInSegment == null) firstInSegment = r;
                if (r.start() >= segStart && sharesOf(text, r)) shares = r;
            }
        }
        if (shares != null && p.start() - shares.end() < 200) return shares;
        // "Horizon Robotics, geführt von dem früheren Baidu-Forscher Yu Kai, …: Die Aktie stieg um 7,2 Prozent": a name
        // glued to a noun it qualifies is no mover when the sentence named a listed company before it.
        if (before != null && plainBefore != null && plainBefore != before && describesNoun(text, refs, before)) before = plainBefore;
        // After an earlier figure, the clause's own subject comes first ("…, while Nvidia, the supplier Meta uses, fell 3%").
        if (firstInSegment != null && segStart > 0 && text.charAt(segStart - 1) == '%' && firstInSegment != before) {
            if (refs.get(0).start() < segStart) return firstInSegment;
        }
        if (before != null && p.start() - before.end() < 160) {
            Ref head = appositionHead(text, refs, before, p, segStart);
            if (head != null) return head;
            Ref outer = outsideRelative(text, refs, before, p, segStart);
            if (outer != null) return outer;
            // "Die Aktie des niederländischen Software-Anbieters, der im Ticketing mit Eventim konkurriert, fiel": a name inside
            // a relative clause closed before the figure, on a noun that names no one, is no mover; the noun points back.
            if (insideClosedRelativeOnNoun(text, refs, before, p, segStart)) return null;
            outer = possessiveApposition(text, refs, before, p);
            if (outer != null) return outer;
            // "Lumen rose 340%, the best of any member of the S&P 500, and it is up 35% this year": "it" is the
            // sentence's subject, not the name just before.
            if (PRONOUN_CLAUSE.matcher(text).region(before.end(), p.start()).matches()) {
                Ref first = refs.isEmpty() ? null : refs.get(0);
                return first != null && first != before && first.is(EntityType.ORGANIZATION) ? first : null;
            }
            // "Aixtron rutschte im MDax um 7 Prozent ab", "Intel fell 3% on the Nasdaq": the index is where it trades.
            if (before.is(EntityType.STOCK_INDEX) && firstInSegment != null && firstInSegment != before
                    && !firstInSegment.is(EntityType.STOCK_INDEX) && locative(text, before)) {
                return firstInSegment;
            }
            // "was the best performer in the S&P 500 last year with a gain of 250%": a ranking within the index is a
            // member's figure; the member is the sentence's subject, found as an anaphor.
            // "… im Dax, der zugleich um 1,1 Prozent zulegte", "in the FTSE 100, which edged up 0.2%": the index's own figure.
            if (before.is(EntityType.STOCK_INDEX) && rankedIn(text, before)
                    && !Rx.matches(text.substring(before.end(), p.start()).toLowerCase(), "(?s)\\s*,\\s*(which|that|der|die|das|welche[rs]?)\\b.*")) {
                return null;
            }
            return before;
        }
        // "BCE gained 0.8% and Royal Bank of Canada added 0.4%": a name no finder knew opens the clause before its verb;
        // the name after the figure has a figure of its own.
        if (UNKNOWN_OPENER.matcher(text).region(segStart, p.start()).matches()
                && !dev.aikg.annotate.mention.Cues.is(firstWord(text, segStart, p.start()), dev.aikg.annotate.mention.Cues.F_NOT_NAME)) {
            return null;
        }
        for (Ref r : refs) {
            if (!isListed(r) || r.start() < p.end() || r.start() - p.end() >= 60) continue;
            // "… after sliding 3.9% on Tuesday when The Wall Street Journal first reported the talks": the outlet reports.
            if (newsOutlet(r) && !sharesOf(text, r)) continue;
            // "gewann 2,3 Prozent und gehörte zu den besten Werten im CAC 40": the index where the stock ranks.
            if (r.is(EntityType.STOCK_INDEX) && locative(text, r)) continue;
            // "legte die Aktie um 1,5% zu, der Leitindex Taiex gewann 0,5%": a name in the next clause has its own figure.
            String between = text.substring(p.end(), r.start());
            // "Its shares dropped 2.3 percent on Monday, while Hasbro (NASDAQ: HAS) rose 0.8 percent": the next figure follows it.
            if (between.indexOf(',') >= 0 && (PercentFinder.find(text, r.end(), Math.min(text.length(), r.end() + 30), null).size() > 0
                    || segEnd > r.end() && segEnd - r.end() < 60)) {
                return null;
            }
            return r;
        }
        return null;
    }

    /** Capitalised name words, then one or two lower-case words (the verb, "by", "um") right before the figure. */
    private static final java.util.regex.Pattern UNKNOWN_OPENER = java.util.regex.Pattern.compile(
            "[\\s,;:]*\\p{Lu}[\\p{L}\\p{N}&.'-]*(\\s+\\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3}(\\s+\\p{Ll}+){1,2}\\s+");

    /** The lower-cased first word of text[from, to). */
    private static String firstWord(String text, int from, int to) {
        int a = from;
        while (a < to && !Character.isLetterOrDigit(text.charAt(a))) a++;
        int b = a;
        while (b < to && !Character.isWhitespace(text.charAt(b))) b++;
        return text.substring(a, b).toLowerCase(java.util.Locale.ROOT);
    }

    /** "a 3.2% drop in Apple", "knocked 17% off Nvidia", "ein Kurssprung von 5 % bei Nvidia": the figure's company follows it. */
    private static final java.util.regex.Pattern FIGURE_OF = java.util.regex.Pattern.compile(
            "\\s*(?:(?:drop|fall|decline|slide|plunge|loss|gain|rise|jump|surge|rally|advance|climb)s?\\s+(?:in|for|at)"
            + "|off|(?:anstieg|kurssprung|kursrutsch|abschlag|aufschlag|plus|minus)\\s+(?:bei|von))\\s+(?:shares\\s+of\\s+|the\\s+)?");

    private static Ref namedAfter(String text, List<Ref> refs, PercentFinder.Percent p) {
        int limit = Math.min(text.length(), p.end() + 40);
        java.util.regex.Matcher m = FIGURE_OF.matcher(text).region(p.end(), limit);
        if (!m.lookingAt()) return null;
        for (Ref r : refs) {
            if (r.start() == m.end() && isListed(r)) return r;
        }
        return null;
    }

    private static final java.util.regex.Pattern PRONOUN_CLAUSE = java.util.regex.Pattern.compile(
            "(?s).*[,;]\\s*((and|but|while|und|aber)\\s+)?(it|es)\\s+[\\p{L}]+\\s.*");

    /** "im MDax", "in the S&P 500", "on the Nasdaq", "an der Nasdaq": a place of trading before the index. */
    private static final java.util.regex.Pattern RANKED_IN = java.util.regex.Pattern.compile("(?s).*\\b(performer|performers|gainer|"
            + "gainers|loser|losers|member|members|constituent|stock|stocks|company|companies|name|names|gewinner|verlierer|"
            + "spitzenreiter|schlusslicht|wert|werte|titel|mitglied|unternehmen)\\s+(im|in|in the|of the|among the|unter den)\\s+$");

    private static boolean rankedIn(String text, Ref index) {
        return RANKED_IN.matcher(text.substring(Math.max(0, index.start() - 40), index.start()).toLowerCase()).matches();
    }

    private static final java.util.regex.Pattern SOURCE_BEFORE = java.util.regex.Pattern.compile(
            "(?s).*\\b(according to|data from|figures from|citing|laut|nach (angaben|daten) von)\\s+$");

    /** "rose 1.9% on Monday, according to FactSet, before slipping 2.6%": a data source names no moving stock. */
    private static boolean source(String text, Ref r) {
        return SOURCE_BEFORE.matcher(text.substring(Math.max(0, r.start() - 25), r.start()).toLowerCase()).matches();
    }

    private static boolean locative(String text, Ref index) {
        String before = text.substring(Math.max(0, index.start() - 12), index.start()).toLowerCase();
        return Rx.matches(before, "(?s).*\\b(im|in|in the|on the|an der|auf dem)\\s+$");
    }

    /** Prepositions that open a relative clause: "in which", "zu dem", "an der". */
    private static final String RELATIVE_PREPOSITIONS_EN = "of|in|at|to|for|with|from|by";
    private static final String RELATIVE_PREPOSITIONS_DE = "zu|an|bei|mit|für|von|in|unter|über|auf|aus";

    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            // "CoreWeave, the Livingston, New Jersey-based provider that counts …": the apposition may hold a place's comma.
            ",\\s+((the|a|an)\\s+([\\p{L}-]+,?\\s+){0,5})?(which|that|who|whose|der|die|das|dessen|deren|welche[rs]?"
            // "Scout24, the owner of Germany's ImmoScout24, dropped 2.4 percent": a noun of ownership or kin and "of".
            + "|(owner|parent|operator|unit|arm|subsidiary|rival|competitor|supplier|customer)\\s+of"
            // "Mobileye, the driver-assistance unit controlled by Intel, gained 1.9 percent": a participle of ownership.
            + "|(controlled|owned|majority-owned|backed|run|led|spun out|acquired|bought)\\s+(by|of|from)"
            // "Gen Digital, zu dem seit 2022 Avast gehört, verlor …", "X, in which Y holds a stake, fell …".
            + "|(" + RELATIVE_PREPOSITIONS_DE + ")\\s+(dem|der|den|denen|welchem|welcher)|(" + RELATIVE_PREPOSITIONS_EN + ")\\s+(which|whom))\\s");

    /**
     * When r sits in a relative clause closed before the figure ("Super Micro, which builds servers with
     * Nvidia GPUs, slumped 12%"), the listed company the clause describes; else null.
     */
    private static Ref outsideRelative(String text, List<Ref> refs, Ref r, PercentFinder.Percent p, int segStart) {
        if (text.substring(r.end(), p.start()).indexOf(',') < 0) return null;
        // The opener may lie before this figure's clause when the figure before was the clause's own ("Wacker Chemie, der
        // knapp 31 Prozent an Siltronic hält, verlor 1,8 Prozent"); r itself must be in this figure's clause.
        if (r.start() < segStart) return null;
        int from = Math.max(0, r.start() - 160);
        java.util.regex.Matcher m = RELATIVE.matcher(text.substring(from, r.start()));
        List<Integer> openers = new java.util.ArrayList<>();
        while (m.find()) openers.add(from + m.start());
        // The last opener first; a nested one ("…, led by its founder X, who previously co-founded Yandex,") may follow a
        // person, so the one before it is tried too.
        for (int k = openers.size() - 1; k >= 0; k--) {
            int rel = openers.get(k);
            // An opener before this figure's clause counts only if its clause is still open there (no comma closed it).
            if (rel < segStart && text.substring(rel + 1, segStart).indexOf(',') >= 0) continue;
            Ref outer = null;
            for (Ref q : refs) {
                // "Nvidia (NASDAQ: NVDA), which owns a stake in CoreWeave": the company's ticker may stand before the comma.
                if (q.end() <= rel && isListed(q) && TICKER_GAP.matcher(text).region(q.end(), rel).matches()) outer = q;
            }
            if (outer != null) return outer;
        }
        return null;
    }

    private static boolean insideClosedRelativeOnNoun(String text, List<Ref> refs, Ref r, PercentFinder.Percent p, int segStart) {
        if (r.start() < segStart) return false;
        String lower = text.substring(segStart, p.start()).toLowerCase();
        java.util.regex.Matcher m = CLOSED_RELATIVE.matcher(lower);
        while (m.find()) {
            int open = segStart + m.start(), close = segStart + m.end();
            if (r.start() < open || r.end() > close) continue;
            for (Ref q : refs) if (q.start() >= segStart && q.end() <= open && isListed(q)) return false;
            return Rx.matches(lower.substring(0, m.start()), "(?s).*\\b(aktie|aktien|papiere|titel|shares|stock)\\s+(des|der|of the)\\s+.*");
        }
        return false;
    }

    /** An apposition closed right before a plain verb of a price move and the figure: ", the St. Louis company behind …, fell ". */
    private static final java.util.regex.Pattern APPOSITION_THEN_VERB = java.util.regex.Pattern.compile("(?s)\\s*,\\s*(the|a|an|der|die|das|"
            + "ein|eine)\\s" + "(?:(?!,)" + APPOSITION_TEXT + "){3,150},\\s*(?iu:(" + DATED_VERBS
            + "|soared|surged|jumped|plunged|slumped|tumbled|sank|rallied)\\s+(by\\s+|um\\s+)?)");

    /**
     * "Nerdy, the St. Louis company behind the Varsity Tutors brand, fell 6.1%": a name inside the apposition describes the
     * subject before it, which moved. Returns that subject, or null.
     */
    private static Ref appositionHead(String text, List<Ref> refs, Ref before, PercentFinder.Percent p, int segStart) {
        for (Ref r : refs) {
            if (r == before || r.start() < segStart || r.end() >= before.start()) continue;
            if (!isListed(r) || r.is(EntityType.STOCK_INDEX)) continue;
            if (APPOSITION_THEN_VERB.matcher(text).region(r.end(), p.start()).matches()) return r;
        }
        return null;
    }

    /** Between a company and its relative clause: its ticker in brackets, or the full stop of "LG Corp.". */
    private static final java.util.regex.Pattern TICKER_GAP = java.util.regex.Pattern.compile("\\.?\\s*(\\([^)]{1,30}\\))?\\s*");

    /** ", Oklo's most direct listed rival," after a company (and its ticker in brackets). */
    private static final java.util.regex.Pattern POSSESSIVE_APPOSITION_OPENS = java.util.regex.Pattern.compile(
            "(\\s*\\([^)]{1,30}\\))?\\s*,\\s*");

    /**
     * "NuScale Power (NYSE: SMR), Oklo's most direct listed rival, added 9.8 percent": a company named in a possessive
     * apposition closed before the figure describes the company before it, which moved.
     */
    private static Ref possessiveApposition(String text, List<Ref> refs, Ref r, PercentFinder.Percent p) {
        if (r.end() + 2 > text.length() || !(text.startsWith("'s", r.end()) || text.startsWith("’s", r.end()))) return null;
        if (text.substring(r.end(), p.start()).indexOf(',') < 0) return null;
        Ref outer = null;
        for (Ref q : refs) {
            if (q.end() <= r.start() && isListed(q) && !q.id().equals(r.id())
                    && POSSESSIVE_APPOSITION_OPENS.matcher(text).region(q.end(), r.start()).matches()) outer = q;
        }
        return outer;
    }

    private static final List<String> BUSINESS = List.of("sales", "revenue", "umsatz", "gewinn", "profit", "earnings",
            "marktanteil", "market share", "year earlier", "jahresvergleich", "year-on-year", "year over year", "vorjahr",
            "of its revenue", "owned", "stake", "beteiligung", "inflation", "zins", "margin", "marge");

    /**
     * A share of ownership named right at the figure ("a 10% stake", "Anteil von rund 5 Prozent", "10 Prozent der Anteile"),
     * or a share of the economy ("3 percent of GDP").
     */
    private static final java.util.regex.Pattern STAKE_AFTER = java.util.regex.Pattern.compile(
            "(?s)[\\s-]*(stake|equity stake|ownership|interest in|beteiligung|anteil|der anteile|der aktien|an der firma|"
            + "an dem unternehmen|am unternehmen|des unternehmens|of the company|of the shares|of its shares|of the startup)\\b.*"
            // "spending towards 3 percent of GDP": a share of the economy.
            + "|(?s)\\s*(of gdp|of gross domestic product|of economic output|des bip|des bruttoinlandsprodukts|der wirtschaftsleistung)\\b.*"
            // "der knapp 31 Prozent an Siltronic hält": the holding verb after the company the share is of.
            + "|(?s)\\s+an\\s+([\\p{L}\\d&.-]+\\s+){1,3}(hält|hielt|halten|hielten|besitzt|besaß)\\b.*"
            // "an dem der SDAX-Konzern seit vergangenem Jahr 24,9 Prozent hält": the holding verb right after the share.
            + "|(?s)\\s+(hält|hielt|halten|hielten|besitzt|besaß|besitzen)\\b.*");
    private static final java.util.regex.Pattern STAKE_BEFORE = java.util.regex.Pattern.compile(
            "(?s).*\\b(stake of|anteil von|beteiligung von|owns|owned|holds|held|hält|hielt|besitzt|kontrolliert|controls)"
            + "(\\s+(roughly|about|around|nearly|almost|some|more than|rund|etwa|knapp|gut|fast|mehr als|über|bis zu|up to))?\\s*$");

    /** "a 17% rise in third-quarter net profit", "ein Plus von 17 Prozent beim Umsatz": a change of a business figure. */
    private static final java.util.regex.Pattern CHANGE_OF_FIGURE = java.util.regex.Pattern.compile(
            "(?s)\\s*(rise|increase|gain|jump|drop|decline|fall|plunge|surge|growth|anstieg|zuwachs|rückgang|plus|minus|wachstum)\\s+"
            + "(in|of|bei|beim|im|des|der)\\s+(?!(its\\s+|the\\s+|der\\s+|des\\s+)?(shares?|stock|share price|aktien?|aktienkurs|kurs|börsenwert|market value)\\b).*");

    /** Stakes are not price moves, whatever stock words stand near: "a warrant for 160 million shares, roughly a 10% stake". */
    private static boolean stakeFigure(String text, Sentence s, PercentFinder.Percent p) {
        String after = text.substring(p.end(), Math.min(s.end(), p.end() + 40)).toLowerCase();
        String before = text.substring(Math.max(s.start(), p.start() - 40), p.start()).toLowerCase();
        return STAKE_AFTER.matcher(after).matches() || STAKE_BEFORE.matcher(before).matches()
                || CHANGE_OF_FIGURE.matcher(after).matches();
    }

    /** Revenue growth, market shares, stakes: percentages that are not price moves when no stock word is near. */
    private static boolean businessFigure(String text, Sentence s, PercentFinder.Percent p) {
        // "Nvidia (NASDAQ: NVDA), which owns a stake in CoreWeave, gained 3.8 percent": a closed relative clause describes
        // the company; its words say nothing of the figure. Removed from a wider stretch first, so that a clause which opens
        // before the window ("AutoNation, whose chief executive … hurt second-quarter sales, fell 1.8 percent") goes too.
        String before = CLOSED_RELATIVE.matcher(text.substring(Math.max(s.start(), p.start() - 200), p.start()).toLowerCase())
                .replaceAll(", ");
        String w = before.substring(Math.max(0, before.length() - 70))
                + text.substring(p.start(), Math.min(s.end(), p.end() + 25)).toLowerCase();
        for (String b : BUSINESS) {
            int at = w.indexOf(b);
            // "profitierte" is a verb of shares too ("Arm profitierte und gewann 16%"), not a profit figure.
            if (b.equals("profit") && at >= 0 && w.startsWith("profitier", at)) continue;
            // "das … Lithium gewinnen will": the verb of winning or extracting, not a profit.
            if (b.equals("gewinn") && at >= 0 && (w.startsWith("gewinnen", at) || w.startsWith("gewinnt", at))) continue;
            if (at >= 0) return !MoveCues.anyWordStarts(w, MoveCues.STOCK_NOUN) && !w.contains("index");
        }
        return false;
    }

    private static final java.util.regex.Pattern CLOSED_RELATIVE = java.util.regex.Pattern.compile(
            // The closing comma stands before a space: "um 3,1 Prozent" holds a decimal comma.
            // "Global Unichip, in which TSMC holds a stake of about 35%, rose 5.2%": a preposition, an apposition too, may open it.
            // "Die Aktie der RTL Group, zu der mehrere Radiobeteiligungen gehören, verlor …": German prepositions too.
            ",\\s*((the|a|an)\\s+([\\p{L}-]+\\s+){0,4})?((" + RELATIVE_PREPOSITIONS_EN + "|" + RELATIVE_PREPOSITIONS_DE + ")\\s+)?"
            + "(which|that|who|whom|whose|der|die|das|dem|denen|dessen|deren)\\s[^,;]{3,80},(?=\\s)");

    private static final java.util.regex.Pattern NAMED_AFTER_NOUN = java.util.regex.Pattern.compile(
            "\\b(Aktie|Aktien|Papiere|Titel) (des|der) (\\p{Ll}+ )?\\p{Lu}\\p{Ll}+ \\p{Lu}[\\p{L}\\d]+");
    private static final java.util.regex.Pattern BOTH = java.util.regex.Pattern.compile("(?iu).*\\b(beide|both)\\s+"
            + "(titel|aktien|papiere|werte|stocks|shares|companies)\\b.*");

    /** For "both stocks" / "beide Titel" with a move of one company of the sentence before: the other one. */
    private static Ref pairPartner(AnnotatedDocument doc, MentionIndex index, Sentence s, StockMove m, int segStart,
                                   PercentFinder.Percent p) {
        if (!BOTH.matcher(doc.text().substring(segStart, p.start())).matches()) return null;
        List<Ref> listed = new java.util.ArrayList<>();
        for (Ref r : index.in(s.index() - 1)) {
            if (r.is(EntityType.ORGANIZATION) && listed.stream().noneMatch(x -> x.id().equals(r.id()))) listed.add(r);
        }
        if (listed.size() != 2) return null;
        if (listed.get(0).id().equals(m.subjectId())) return listed.get(1);
        return listed.get(1).id().equals(m.subjectId()) ? listed.get(0) : null;
    }

    /** No mention between offsets a and b. */
    private static boolean noRefBefore(List<Ref> refs, int a, int b) {
        for (Ref r : refs) if (r.start() >= a && r.end() <= b) return false;
        return true;
    }

    /** "On Monday it slipped 7.2%", "die Aktie legte 2% zu", "the index recovered 2%": the company or index named just before. */
    private static Ref anaphor(AnnotatedDocument doc, MentionIndex index, Sentence s, PercentFinder.Percent p, int segStart) {
        String clause = " " + doc.text().substring(segStart, p.start()).toLowerCase() + " ";
        boolean indexWord = clause.contains(" index ") || clause.contains(" der index") || clause.contains(" leitindex ");
        boolean stockWord = clause.contains(" it ") || clause.contains(" es ") || clause.contains("the stock")
                || clause.contains("die aktie") || clause.contains("das papier") || clause.contains("the shares")
                || clause.contains("its shares") || clause.contains("seine aktie") || clause.contains("ihre aktie")
                // "Its stock plunged 18.6%", "their shares", "seine Papiere".
                || clause.contains("its stock") || clause.contains("its share price") || clause.contains("their shares")
                || clause.contains("seine papiere") || clause.contains("ihre papiere")
                // "Am Dienstag schlossen die Papiere 4,9 Prozent tiefer": the plural nouns of the shares named before.
                || clause.contains("die papiere") || clause.contains("die aktien ") || clause.contains("die titel ")
                || clause.contains("die anteilsscheine")
                // "The Nasdaq-listed stock closed 13.3% higher", "In Shenzhen stiegen die A-Aktien": a listing named, not a company.
                || clause.contains("-listed stock") || clause.contains("-listed shares") || clause.contains(" a-aktien")
                || clause.contains(" h-aktien") || clause.contains(" a-shares") || clause.contains(" h-shares")
                // "Shares of the Boise-based company rose 6%", "die Aktie des Konzerns".
                // "Shares in the Hikone-based maker jumped 4.5 percent".
                || clause.contains("shares of the ") || clause.contains("shares in the ") || clause.contains("stock of the ")
                || clause.contains("the company's") || clause.contains("aktie des ")
                || clause.contains("aktien des ") || clause.contains("papiere des ")
                || clause.contains(" beide ") && BOTH.matcher(clause).matches() || clause.contains(" both ") && BOTH.matcher(clause).matches()
                // "The Atlanta-based REIT rose 1.9%", "The Milan-based cable maker gained": a company described, no name.
                || DESCRIBED_SUBJECT.matcher(clause).lookingAt();
        if (!indexWord && !stockWord) return null;
        // "die Papiere des niederländischen Zulieferers ASLM": a name the extractor did not know, not a pointer back.
        if (NAMED_AFTER_NOUN.matcher(doc.text().substring(segStart, p.start())).find()) return null;
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 3); i--) {
            List<Ref> refs = index.in(i);
            for (int k = refs.size() - 1; indexWord && k >= 0; k--) if (refs.get(k).is(EntityType.STOCK_INDEX)) return refs.get(k);
            for (Ref r : refs) if (stockWord && r.is(EntityType.ORGANIZATION) && r.entity().ticker() != null) return r;
        }
        return null;
    }

    /** A clause that opens with a company described by its seat and kind: "the Atlanta-based REIT ", "the Oslo-based group ". */
    private static final java.util.regex.Pattern DESCRIBED_SUBJECT = java.util.regex.Pattern.compile("\\s*(the|der|die|das)\\s+"
            + "[\\p{L}.-]+-(based|headquartered|listed)\\s+([\\p{L}-]+\\s+){0,2}(company|group|firm|maker|reit|lender|bank|insurer|"
            + "retailer|producer|miner|operator|konzern|unternehmen|hersteller)\\s");

    /** "its shares rose 3.8% … after Jefferies lifted its target": the owner's shares before the figure point back. */
    private static final java.util.regex.Pattern OWN_SHARES_BEFORE = java.util.regex.Pattern.compile("(?iu).*\\b(its|their|seine|ihre)\\s+"
            + "(shares|stock|share price|aktie|aktien|papiere)\\s+(\\p{L}+\\s+){1,3}$");

    /** "ASML (–10%)", "Broadcom: –17,4%", "ASML (Amsterdam): –10%", "Oracle (NYSE:ORCL): -13.8%". */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(
            "(\\([^()]{0,30}\\)\\s*)?[:(]|\\((minus|plus)");

    /**
     * True when text[a, b), stripped, is a {@link #BRACKETED} gap. Such a gap opens with "(" or ":",
     * so the first character past the white space settles most gaps without copying them.
     */
    private static boolean bracketed(String text, int a, int b) {
        int i = a;
        while (i < b && Character.isWhitespace(text.charAt(i))) i++;
        if (i >= b || text.charAt(i) != '(' && text.charAt(i) != ':') return false;
        return BRACKETED.matcher(text.substring(a, b).strip()).matches();
    }

    /**
     * "Baidu-Forscher", "Nvidia-backed": the name is glued by a hyphen to a word other than one for its shares; "former
     * Amazon executive Greg Hart": it describes the person named after one to three lower-case words.
     */
    private static boolean describesNoun(String text, List<Ref> refs, Ref r) {
        int e = r.end();
        for (Ref next : refs) {
            if (next.start() < e) continue;
            if (next.is(EntityType.PERSON) && next.start() - e <= 40
                    && PERSON_NOUN.matcher(text).region(e, next.start()).matches()) return true;
            break;
        }
        if (e + 1 >= text.length() || text.charAt(e) != '-' || !Character.isLetter(text.charAt(e + 1))) return false;
        String next = text.substring(e + 1, Math.min(text.length(), e + 10)).toLowerCase();
        return !(next.startsWith("aktie") || next.startsWith("papier") || next.startsWith("titel") || next.startsWith("kurs")
                || next.startsWith("share") || next.startsWith("stock") || next.startsWith("wert") || next.startsWith("anteil"));
    }

    // "chaired by OpenAI CEO Sam Altman": a title written as an acronym describes the person too.
    private static final java.util.regex.Pattern PERSON_NOUN = java.util.regex.Pattern.compile(
            "(\\s+(\\p{Ll}[\\p{L}-]*|CEO|CFO|CTO|COO|CIO|CSO|CMO|EVP|SVP|VP)){1,3}\\s+");

    /** "Shares of Oracle", "die Aktien von Intel", "die Oracle-Aktie", "Nvidia shares". */
    private static boolean sharesOf(String text, Ref r) {
        // Room for a descriptive noun between: "die Titel des Anlagenbauers Aixtron".
        String before = text.substring(Math.max(0, r.start() - 34), r.start()).toLowerCase();
        String after = text.substring(r.end(), Math.min(text.length(), r.end() + 12)).toLowerCase();
        // The first expression cannot match without one of its cue words.
        boolean cue = before.contains("shares of") || before.contains("stock of") || before.contains("aktie")
                || before.contains("papiere") || before.contains("titel");
        // "Shares of Google's parent Alphabet": the parent after the possessive is the listed company.
        // "Die Papiere der Compagnie des Alpes": the feminine genitive too. Not "die Aktie der Wistron-Tochter": a name glued
        // to a noun describes the company the noun names.
        boolean glued = after.startsWith("-") && !Rx.matches(after, "(-aktie|-papier|-titel).*");
        return cue && !glued && Rx.matches(before, "(?s).*\\b(shares of|stock of|aktien? (von|des|der)|papiere (von|des|der)|titel (von|des|der))\\s+((der|des|the)\\s+)?"
                + "(\\S+\\s+|\\S+(?:'s|’s) (?:parent|owner|parent company) )?$")
                || Rx.matches(after, "(-aktie|-papier|-titel| shares| stock|'s shares|’s shares|'s stock).*");
    }

    private static boolean newsOutlet(Ref r) {
        String subtype = r.entity().subtype();
        return subtype != null && subtype.toLowerCase().contains("media");
    }

    private static boolean isListed(Ref r) {
        return r.is(EntityType.ORGANIZATION) || r.is(EntityType.STOCK_INDEX);
    }

    /** Verbs that in news say a price moved, whatever the text around: "Palantir soared 24%", "Super Micro slumped 12%". */
    /** "gained 1.9% on Euronext Dublin", "um 49 Prozent an der Nasdaq": the exchange the shares trade on, named after the figure. */
    private static final java.util.regex.Pattern VENUE_AFTER = java.util.regex.Pattern.compile("(?i)\\s+(\\p{L}+\\s+)?(on|an der|at|in)\\s+"
            + "(the\\s+)?(euronext|nyse|nasdaq|xetra|tradegate|london stock exchange|six swiss exchange|johannesburg stock exchange|"
            + "tokyo stock exchange|hong kong stock exchange|frankfurter börse|börse)\\b");

    /** The name's apposition (optional) and a plain verb of a price move right before the figure. */
    private static final java.util.regex.Pattern DATED_VERB = java.util.regex.Pattern.compile("(?s)(,.*,)?\\s*(" + DATED_VERBS
            + ")\\s+(by\\s+|um\\s+)?");
    /** ", the Veldhoven-based maker of …,": an apposition that opens with an article and holds no semicolon. */
    private static final java.util.regex.Pattern APPOSITION = java.util.regex.Pattern.compile("(?s),\\s*(the|a|an|der|die|das|ein|eine)\\s[^;]{3,150},");
    /** "on July 16", "on Tuesday", "am Dienstag", "am 16. Juli": the day of the move right after the figure. */
    // "Entain dropped 2.5% the same day": a day told before stands for the day too.
    private static final java.util.regex.Pattern DAY_AFTER = java.util.regex.Pattern.compile("(?i)\\s+((on|am)\\s+(monday|tuesday|wednesday|"
            + "thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|\\d{1,2}\\.|(january|february|march|april|may|june|july|"
            + "august|september|october|november|december)\\s+\\d{1,2}\\b)|(on\\s+)?the same day\\b|that day\\b|am (selben|gleichen) tag\\b)");

    private static final List<String> STRONG = List.of("soared", "soars", "surged", "surges", "jumped", "jumps", "plunged",
            "plunges", "slumped", "slumps", "tumbled", "tumbles", "sank", "sinks", "rallied", "rallies", "skyrocketed",
            "plummeted", "plummets", "cratered", "nosedived", "stürzte", "stürzten", "sackte", "sackten", "schoss", "schossen",
            "sprang", "sprangen", "brach", "brachen", "einbrach", "rocketed", "rockets");

    /**
     * A listed company as the subject of a strong move verb just before the figure ("Palantir
     * Technologies soared 24% on Tuesday"): a price move even in a lead sentence that names no market.
     */
    private static boolean strongMove(String text, Ref subject, PercentFinder.Percent p) {
        if (subject.entity().ticker() == null || subject.end() > p.start() || p.start() - subject.end() > 170) return false;
        String between = text.substring(subject.end(), p.start()).toLowerCase();
        // "ASML, the Veldhoven-based maker of lithography machines …, fell 8.3% on July 16": a plain verb and the day right
        // after the figure make a price move; the apposition between the name and the verb says who, not what.
        java.util.regex.Matcher dated = DATED_VERB.matcher(between);
        if (dated.matches() && (dated.group(1) == null || APPOSITION.matcher(dated.group(1)).matches())
                && DAY_AFTER.matcher(text).region(p.end(), Math.min(text.length(), p.end() + 30)).lookingAt()) {
            return true;
        }
        if (p.start() - subject.end() > 90) return false;
        if (between.indexOf(';') >= 0 || between.indexOf('.') >= 0 && !Rx.matches(between, ".*\\d\\.\\d.*")) return false;
        if (MoveCues.anyWordStarts(between, STRONG)) return true;
        // "Bei Siemens Energy ging es um 2,1 Prozent nach oben": the market idiom for a price move.
        String after = text.substring(p.end(), Math.min(text.length(), p.end() + 20)).toLowerCase();
        String lead = text.substring(Math.max(0, subject.start() - 160), subject.start()).toLowerCase();
        // "…, bei Aixtron um 1,5 Prozent nach unten": the idiom's verb stands once for the whole list.
        boolean elided = lead.endsWith("bei ") && (lead.contains("ging es") || lead.contains("geht es"));
        return (between.contains("ging es") || between.contains("geht es") || elided) && Rx.matches(after, "(?s)\\s*(nach oben|nach unten|"
                + "aufwärts|abwärts|bergauf|bergab)\\b.*");
    }

    /** A ticker or short code in capitals in brackets ("(STO: KEST)", "(MTG)"), not a place ("(Korea)"). */
    private static final String CODE_BRACKET = "(\\s*\\([A-Z0-9][A-Z0-9 :.&-]{1,19}\\))?";
    private static final String PLAIN_VERBS_DE = "verlor|verloren|gewann|gewannen|fiel|fielen|stieg|stiegen|sank|sanken|kletterte|kletterten|"
            + "rutschte|rutschten";
    private static final java.util.regex.Pattern DATED_MOVE_DE = java.util.regex.Pattern.compile("(?s)" + CODE_BRACKET + "(," + APPOSITION_TEXT
            + "{3,150},)?\\s*"
            + "(?iu:(" + PLAIN_VERBS_DE + "|legte|legten|gab|gaben|schloss|schlossen)\\s+((bereits|schon|zuletzt|dagegen|hingegen|ebenfalls|"
            + "sogar)\\s+)*"
            + "am\\s+(montag|dienstag|mittwoch|donnerstag|freitag)\\s+((im|zum)\\s+[\\p{L}-]+\\s+)?(um\\s+)?)");
    // "Prosus itself slipped 1.8 percent on Monday": a word that stresses the subject may stand before the verb.
    private static final java.util.regex.Pattern DATED_MOVE_EN = java.util.regex.Pattern.compile("(?s)" + CODE_BRACKET + "(," + APPOSITION_TEXT
            + "{3,150},)?\\s*"
            + "(?iu:((itself|also|too|alone)\\s+)?(" + PLAIN_VERBS_EN + ")\\s+(by\\s+)?)");

    /**
     * "Der Baukonzern Sunway Construction, der viele der Rechenzentren in Johor errichtet, verlor bereits am Montag 5,2
     * Prozent", "Modern Times Group (MTG), owner of several mobile studios, added 2.2 percent on Tuesday": a company, an
     * optional bracket and apposition, a plain verb of a price move and the day of trading. A business figure has no day.
     */
    private static boolean datedMove(String text, Ref subject, PercentFinder.Percent p) {
        if (!subject.is(EntityType.ORGANIZATION) || subject.end() > p.start() || p.start() - subject.end() > 200) return false;
        String between = text.substring(subject.end(), p.start());
        if (DATED_MOVE_DE.matcher(between).matches()) return true;
        return DATED_MOVE_EN.matcher(between).matches()
                && DAY_AFTER.matcher(text).region(p.end(), Math.min(text.length(), p.end() + 30)).lookingAt();
    }

    // "Carlsberg gaben dagegen in Kopenhagen um 0,5 Prozent nach": German adverbs and the place of trading before the figure,
    // and the separable verbs whose particle follows it.
    private static final java.util.regex.Pattern PLAIN_MOVE = java.util.regex.Pattern.compile("(?s)" + CODE_BRACKET + "(," + APPOSITION_TEXT
            + "{3,150},)?\\s*(?iu:((itself|also|too|alone|ebenfalls|auch)\\s+)?(" + PLAIN_VERBS_EN + "|" + PLAIN_VERBS_DE + "|gab|gaben|legte|legten)\\s+"
            + "((dagegen|hingegen|ebenfalls|auch|zuletzt|bereits|sogar)\\s+)*((in|an der)\\s+\\p{Lu}[\\p{L}-]*\\s+)?(by\\s+|um\\s+)?)");

    /** A plain move verb (or its stress word) right after the name: no apposition says what the name is. */
    private static final java.util.regex.Pattern PLAIN_VERB_RIGHT_AFTER = java.util.regex.Pattern.compile("(?s)\\s+\\p{Ll}.*");

    /**
     * "In Copenhagen, DSV, which is still digesting its takeover of DB Schenker, slipped 0.8%." right after a sentence
     * with a price move: a listed company, a plain verb of a price move and the figure continue the market report.
     */
    private static boolean plainMove(String text, Ref subject, PercentFinder.Percent p) {
        if (!subject.is(EntityType.ORGANIZATION) || subject.end() > p.start() || p.start() - subject.end() > 200) return false;
        if (!PLAIN_MOVE.matcher(text).region(subject.end(), p.start()).matches()) return false;
        // An unlisted name continues the market report only with its verb right after it ("Carlsberg gaben … nach").
        return subject.entity().ticker() != null || PLAIN_VERB_RIGHT_AFTER.matcher(text).region(subject.end(), p.start()).matches();
    }

    private static final java.util.regex.Pattern INSTRUMENT_CODE = java.util.regex.Pattern.compile(
            "\\s*\\(\\s*[A-Z0-9]{1,6}\\.[A-Z]{1,2}\\s*\\)");
    private static final java.util.regex.Pattern TICKER_SURFACE = java.util.regex.Pattern.compile("[A-Z]{2,8}\\s*:\\s*[A-Z0-9.]{1,8}");
    /** "Hygon (SHA: 688041) lost 2.7%": an exchange and symbol after the name say the text is about its shares. */
    private static final java.util.regex.Pattern EXCHANGE_TICKER = java.util.regex.Pattern.compile(
            "\\s*\\(\\s*" + TICKER_SURFACE.pattern() + "\\s*\\)");

    /** Market words in this or the two sentences before; unlisted companies need them in this sentence. */
    private static boolean marketContext(AnnotatedDocument doc, Sentence s, Ref subject, MentionIndex index) {
        if (subject.is(EntityType.STOCK_INDEX)) return true;
        // "Die dort gehandelten Aktien von Vulcan Energy Resources …": the shares named with the company, listed or not.
        if (sharesOf(doc.text(), subject)) return true;
        // "Samsung Electronics (005930.KS) rose 1.1%": a wire-service instrument code is a market context.
        String after = doc.text().substring(subject.end(), Math.min(s.end(), subject.end() + 16));
        if (INSTRUMENT_CODE.matcher(after).lookingAt() || EXCHANGE_TICKER.matcher(after).lookingAt()) return true;
        // The explicit ticker is itself the nearest mention of the company: "Hygon (SHA: 688041) lost 2.7%".
        if (TICKER_SURFACE.matcher(doc.text().substring(subject.start(), subject.end())).matches()) return true;
        String own = doc.text().substring(s.start(), s.end()).toLowerCase();
        if (MoveCues.anyWordStarts(own, MoveCues.MARKET)) return subject.entity().ticker() != null
                || MoveCues.anyWordStarts(own, MoveCues.STOCK_NOUN) || own.contains("(–") || own.contains("(-");
        if (subject.entity().ticker() == null) return false;
        // "The Dow slipped 0.5%, weighed down by a 3.2% drop in Apple": an index in the sentence is a market.
        for (Ref r : index.in(s.index())) if (r.is(EntityType.STOCK_INDEX)) return true;
        // The market words may stand a paragraph before: "Die Papiere von Siemens Energy fielen … Die deutschen Versorger
        // kamen glimpflicher davon. RWE verlor 1,2 Prozent" (held-out: window 2 → 6 found 20 more moves, 1 more false).
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - MARKET_LOOKBACK); i--) {
            Sentence prev = doc.sentences().get(i);
            if (MoveCues.anyWordStarts(doc.text().substring(prev.start(), prev.end()).toLowerCase(), MoveCues.MARKET)) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences back a market word still makes a listed company's percentage a price move. */
    private static final int MARKET_LOOKBACK = 6;

    private static final java.util.regex.Pattern GAVE_UP = java.util.regex.Pattern.compile("\\b(gave |give |gives |giving )up\\b");

    /** +1 or -1 from the nearest direction word around the number, 0 when none is found. */
    /** With another figure after this one, the first comma or semicolon between them ends this figure's clause. */
    private static int clauseEnd(String text, PercentFinder.Percent p, int segEnd, int sentenceEnd) {
        if (segEnd >= sentenceEnd) return sentenceEnd;
        for (int i = p.end(); i < segEnd; i++) if (text.charAt(i) == ',' || text.charAt(i) == ';') return i;
        return segEnd;
    }

    private static int direction(String text, Sentence s, PercentFinder.Percent p, int until) {
        int a = Math.max(s.start(), p.start() - DIRECTION_BEFORE), b = Math.min(Math.min(s.end(), until), p.end() + DIRECTION_AFTER);
        String w = text.substring(a, b).toLowerCase();
        int anchor = p.start() - a;
        // "the Nasdaq 100 gave up 1.4%": the "up" of a phrasal verb of falling is no rise.
        String upText = GAVE_UP.matcher(w).replaceAll("$1~~");
        int down = MoveCues.nearestCue(w, MoveCues.DOWN, anchor), up = MoveCues.nearestCue(upText, MoveCues.UP, anchor);
        // "Die Aktie verlor 3,8 Prozent und zog den Leitindex mit nach unten": a second verb after "und" is another
        // predicate; the cue before the figure, when there is one, tells this figure's direction.
        int and = andAfter(w, anchor);
        if (and > 0 && (MoveCues.nearestCue(w.substring(0, anchor), MoveCues.DOWN, anchor) >= 0
                || MoveCues.nearestCue(upText.substring(0, anchor), MoveCues.UP, anchor) >= 0)) {
            down = MoveCues.nearestCue(w.substring(0, and), MoveCues.DOWN, anchor);
            up = MoveCues.nearestCue(upText.substring(0, and), MoveCues.UP, anchor);
        }
        if (down < 0 && up < 0) return separableVerb(text, s, p);
        if (up < 0) return -1;
        if (down < 0) return 1;
        return down <= up ? -1 : 1;
    }

    /** The offset of " und " or " and " after the figure's anchor in the window, or -1. */
    private static int andAfter(String w, int anchor) {
        int de = w.indexOf(" und ", anchor), en = w.indexOf(" and ", anchor);
        return de < 0 ? en : en < 0 ? de : Math.min(de, en);
    }

    private static final java.util.regex.Pattern PARTICLE_AFTER = java.util.regex.Pattern.compile("\\s+(zu|nach)\\b.*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern STEM_BEFORE = java.util.regex.Pattern.compile("(?iu)\\b(legte|legten|legt|legen|gab|gaben|gibt|geben)\\b");

    /**
     * "In New York legte die Aktie von iHeartMedia, dem größten Radiokonzern der USA, am Dienstag um 5,6 Prozent zu": a
     * German separable verb whose stem opens the clause further back than the window and whose particle follows the figure.
     */
    private static int separableVerb(String text, Sentence s, PercentFinder.Percent p) {
        java.util.regex.Matcher particle = PARTICLE_AFTER.matcher(text).region(p.end(), Math.min(s.end(), p.end() + 8));
        if (!particle.lookingAt()) return 0;
        boolean up = particle.group(1).equals("zu");
        java.util.regex.Matcher stem = STEM_BEFORE.matcher(text).region(Math.max(s.start(), p.start() - 160), p.start());
        String last = null;
        while (stem.find()) last = stem.group(1).toLowerCase();
        if (last == null) return 0;
        boolean legen = last.startsWith("leg");
        if (up && legen) return 1;
        if (!up && !legen) return -1;
        return 0;
    }

    /** What stands between two figures of a gapped list: "und", a comma, the next name ("und Xpeng "). */
    private static final java.util.regex.Pattern GAPPED_ITEM = java.util.regex.Pattern.compile(
            "\\s*(,|;)?\\s*(und|and|sowie|as well as|while|während)?\\s*[^,;.]{1,45}");

    private static boolean approximate(String text, Sentence s, PercentFinder.Percent p) {
        int a = Math.max(s.start(), p.start() - 16);
        String before = text.substring(a, p.start()).toLowerCase().stripTrailing();
        if (before.endsWith("um")) before = before.substring(0, before.length() - 2).stripTrailing();
        for (String c : MoveCues.APPROX) {
            if (before.endsWith(c) && (before.length() == c.length()
                    || !Character.isLetter(before.charAt(before.length() - c.length() - 1)))) return true;
        }
        return false;
    }

    /**
     * The day named in the clause, else in the sentence, else the last one named shortly before. Of several days in
     * the clause, the one nearest the figure: "sprang am 3. Januar um 34 Prozent und am folgenden Montag …" (the
     * Monday belongs to the next figure), "jumped 34% on January 3 and another 125% on January 6".
     */
    private static LocalDate date(AnnotatedDocument doc, SentenceDates dates, Sentence s, int clauseStart, int clauseEnd,
                                  PercentFinder.Percent figure) {
        LocalDate d = null;
        int best = Integer.MAX_VALUE;
        List<DateMention> found = DateResolver.find(doc.text(), clauseStart, clauseEnd, doc.document().published());
        for (int i = 0; i < found.size(); i++) {
            // "on Wednesday, September 3", "am Montag, dem 6. Januar": a weekday and the date it names are one day,
            // and the explicit date says which.
            int start = found.get(i).start();
            while (i + 1 < found.size() && SAME_DAY.matcher(doc.text().substring(found.get(i).end(), found.get(i + 1).start())).matches()) i++;
            DateMention m = found.get(i);
            if (m.date() == null) continue;
            int distance = m.end() <= figure.start() ? figure.start() - m.end() : start - figure.end();
            if (distance < best) {
                best = distance;
                d = m.date();
            }
        }
        if (d == null) d = dates.lastIn(s);
        return d != null ? d : dayBefore(doc, dates, s);
    }

    private static final java.util.regex.Pattern SAME_DAY = java.util.regex.Pattern.compile("\\s*,?\\s*((dem|den|the)\\s+)?");

    /** The last day named in the few sentences before s, or null. */
    private static LocalDate dayBefore(AnnotatedDocument doc, SentenceDates dates, Sentence s) {
        LocalDate d = null;
        for (int i = s.index() - 1; d == null && i >= Math.max(0, s.index() - DATE_LOOKBACK); i--) {
            d = dates.lastIn(doc.sentences().get(i));
        }
        return d;
    }

    private static Quantity valueChange(AnnotatedDocument doc, Sentence s, Ref subject) {
        for (Quantity q : doc.quantities()) {
            if (q.evidence().sentence() == s.index() && "marketValueChange".equals(q.kind())
                    && (q.subjectId() == null || q.subjectId().equals(subject.id()))) return q;
        }
        return null;
    }
}
