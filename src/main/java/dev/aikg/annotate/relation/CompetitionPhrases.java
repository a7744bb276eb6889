package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rivalry told by an idiom rather than a compete verb or a rival noun before the name ({@link CompetitionRules}):
 * "Perplexity, das Google Konkurrenz macht", "Intuit's closest rival is Xero", "Googles größter Rivale bleibt Meta",
 * "Ultrahuman and RingConn undercut Oura", "brings OpenAI into competition with Meta", "puts OpenAI on a collision
 * course with Apple".
 */
final class CompetitionPhrases {
    private static final String[] TRIGGERS = {"konkurrenz mach", "konkurrenz zu mach", "konkurrenz",  "rival", "competitor", "konkurrent",
        "wettbewerber", "undercut", "into competition with", "collision course with", "konkurrier", "herausforderer", "challenger",
        "im wettbewerb", "liefert sich", "liefern sich", "lieferten sich", "lieferte sich", "zwischen", "between"};
    /** "der Wettbewerb zwischen Nvidia und AMD", "the rivalry between Uber and Lyft": a contest between the two named. */
    private static final Pattern CONTEST_BETWEEN = Pattern.compile("(?s).*\\b([\\p{L}-]*(wettbewerb|konkurrenz|konkurrenzkampf|rivalität|"
            + "duell|zweikampf|wettlauf|wettrennen|preiskampf|machtkampf)|rivalry|competition|race|battle|duel|contest|price war|"
            + "arms race|showdown)\\s+(zwischen|between)\\s+((dem|der|den|the)\\s+)?([\\p{L}-]+\\s+){0,2}$");
    /** After the second of "X, Nvidia's strongest rival": the possessive, a ranking adjective and the rival noun. */
    private static final Pattern POSSESSIVE_RIVAL = Pattern.compile("('s|’s|s)?\\s+((strongest|biggest|main|closest|largest|chief|"
            + "fiercest|nearest|most direct|direct|key|only|stärkster|größter|wichtigster|härtester|engster|schärfster|most \\p{L}+)\\s+)?"
            // "Duolingo's oldest European competitor", "Nvidias chinesischer Rivale": up to two more adjectives.
            + "((?!(and|or|not|no|than|und|oder|kein|keine|former|früherer|ehemaliger)\\s)[\\p{L}-]+(st|an|ean|ese|ish|er|en|e|al|ic)\\s+){0,2}"
            + "(rival|competitor|challenger|rivale|konkurrent|herausforderer)\\b.*");
    /** "Huawei, der in China als wichtigster Rivale von Nvidia gilt", "seen as the main rival to Nvidia". */
    private static final Pattern AS_RIVAL_OF = Pattern.compile("(?s).*\\b(als|as)\\s+((the|der|die)\\s+)?((wichtigste[rn]?|größte[rn]?|"
            + "stärkste[rn]?|härteste[rn]?|schärfste[rn]?|ernsthafteste[rn]?|direkte[rn]?|einzige[rn]?|main|biggest|strongest|"
            + "closest|chief|only)\\s+)?(rivale|konkurrent|herausforderer|wettbewerber|rival|challenger|competitor)\\s+"
            + "(von|des|der|to|of)\\s+((der|dem|des|the)\\s+)?$");
    /** "Figure AI is Tesla's biggest rival", "regard Figure as Tesla's most serious competitor", "Figure gilt als Teslas …". */
    private static final Pattern IS_OR_AS = Pattern.compile("\\s+((\\p{Ll}+\\s+){0,3}(as|als)|is|was|remains|ist|war|bleibt)\\s+");
    /**
     * "CrowdStrike und Palo Alto Networks sind die größten börsennotierten Wettbewerber von Wiz", "AMD sei inzwischen „ein
     * ernstzunehmender Rivale für Nvidia“": a copula, then an article, up to two adjectives and the rival noun with its "of".
     */
    private static final Pattern IS_RIVAL_OF = Pattern.compile("\\s+(is|are|was|were|remains|ist|sind|sei|seien|war|waren|bleibt)\\s+"
            + "([^,;.]{0,40}?\\s)?[„\"“]?(the|a|an|die|der|ein|eine|einer der|eines der|one of the)\\s+((?!(and|or|und|oder|not|kein)\\s)"
            + "[\\p{L}-]+\\s+){0,2}(rival|rivals|competitor|competitors|challenger|konkurrent|konkurrenten|rivale|rivalen|wettbewerber|"
            + "herausforderer)\\s+(of|to|for|von|des|der|für)\\s+((the|der|dem|den|des)\\s+)?");
    /** "Im Wettbewerb mit Proxima steht unter anderem Marvel Fusion": the rival fronted, the subject after the verb. */
    private static final Pattern FRONTED_WITH = Pattern.compile("(?s).*\\bim\\s+wettbewerb\\s+mit\\s+((der|dem|den)\\s+)?$");
    private static final Pattern STANDS_THEN_SUBJECT = Pattern.compile("\\s+(steht|stehen|stand|standen)\\s+((unter anderem|etwa|auch|"
            + "vor allem|zudem|besonders)\\s+)?((der|die|das)\\s+)?([\\p{L}-]+\\s+)?");
    /** "Im Wettbewerb steht Voltaris etwa mit dem texanischen Anbieter Amperon": the subject after the fronted phrase. */
    private static final Pattern STANDS_IN_COMPETITION = Pattern.compile("(?s).*\\bim\\s+wettbewerb\\s+(steht|stehen|stand|standen)\\s+$");
    private static final Pattern WITH_AFTER_SUBJECT = Pattern.compile("\\s+((etwa|vor allem|auch|zudem|dabei|hier|besonders|direkt)\\s+)*"
            + "mit\\s+((der|die|dem|den)\\s+)?([\\p{L}-]+\\s+){0,3}");

    /**
     * Between the rival and "Konkurrenz": adverbs and a means ("macht Cursor damit direkt Konkurrenz", "Meta ab 2026 mit
     * einer eigenen Brille Konkurrenz machen"), then an adjective of the noun.
     */
    private static final String BEFORE_COMPETITION = "\\s+((damit|direkt|auch|nun|künftig|zunehmend|bereits|schon|ab \\d{4}|"
            + "mit [^,;.]{1,40}?)\\s+)*((ernsthafte?|echte|starke|direkte|mehr|zunehmend)\\s+)?konkurrenz";
    /** Right after the rival: "Google Konkurrenz macht", "Meta ernsthaft Konkurrenz machen". */
    private static final Pattern MAKES_COMPETITION = Pattern.compile(BEFORE_COMPETITION
            + "\\s+(machen|macht|machte|machten|zu machen|gemacht)\\b.*");
    /** Between an owner's possessive and the rival: "'s closest rival is", "s größter Rivale im Brillengeschäft bleibt". */
    private static final Pattern CLOSEST_RIVAL = Pattern.compile("('s)?\\s+(closest|biggest|main|largest|chief|fiercest|nearest|most \\p{L}+|"
            + "größter|größte|schärfster|schärfste|wichtigster|wichtigste|härtester|härteste|engster|engste)\\s+"
            + "(rival|competitor|challenger|rivale|konkurrent|wettbewerber|herausforderer)\\b[^,;.]{0,40}?\\s+"
            + "(is|remains|was|has become|ist|bleibt|war|heißt)\\s+((the|der|die|das)\\s+)?([\\p{L}-]+\\s+){0,2}");
    /** "Anthropic macht Cursor damit direkt Konkurrenz.": the noun closes the clause, the verb stood before the rival. */
    private static final Pattern COMPETITION_CLOSES = Pattern.compile(BEFORE_COMPETITION + "\\s*([.,;]|$).*");
    /** Before the undercut rival: "undercut Oura", "undercuts Apple". */
    private static final Pattern UNDERCUT = Pattern.compile(".*\\b(undercut|undercuts|undercutting)\\s+((the|its)\\s+)?$");
    /** Between the two: "brings OpenAI into competition with Meta", "puts OpenAI on a collision course with Apple". */
    private static final Pattern INTO_COMPETITION = Pattern.compile("\\s+(into (direct )?competition with|on a collision course with)"
            + "\\s+((the|its)\\s+)?([\\p{L}-]+\\s+)?");
    // "konkurriert der spanische Konzern Acciona vor allem mit …": the subject described after the verb.
    private static final Pattern INVERTED_VERB = Pattern.compile(".*\\b(konkurriert|konkurrierte|konkurrieren|konkurrierten|"
            + "rivalisiert|rivalisiere|rivalisieren|rivalisierte)\\s+((der|die|das)\\s+((?!(mit|und)\\s)[\\p{L}-]+\\s+){1,3})?$");
    private static final Pattern INVERTED_WITH = Pattern.compile("\\s+((außer|neben|nicht nur|nicht mehr nur)\\s+)?((hier|dort|dabei|vor allem|direkt|"
            + "auch|zudem|schon|heute|bereits|längst|zunehmend|unter anderem|nach eigenen angaben|etwa|inzwischen)\\s+){0,2}mit\\s+"
            // "konkurrieren Raumwerk und Ingka mit dem Linzer Start-up Roomle": up to two words of description.
            + "((der|dem|den)\\s+)?(([\\p{L}-]+\\s+){0,2}?|([\\p{L}-]+\\s+){1,2}(wie|darunter)\\s+)");
    /** Where the undercutting subjects' clause opens: the sentence start, "while", "whereas", a semicolon. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile(".*(\\bwhile|\\bwhereas|\\bwährend|;)\\s");

    /**
     * "Zillow und CoStar liefern sich seit Jahren einen erbitterten Kampf um Makler", "Hanmi liefert sich einen Preiskampf
     * mit dem Rivalen Hanwha": the German idiom of a fight one side delivers the other.
     */
    private static final String FIGHT = "((seit \\S+ \\S+|seit jahren|derzeit|gerade|längst|schon|bereits|zunehmend)\\s+)*"
            + "(einen|ein)\\s+([\\p{L}-]+\\s+){0,2}?[\\p{L}-]*(kampf|wettbewerb|wettlauf|wettrennen|rennen|preiskrieg|schlagabtausch)";
    private static final Pattern DELIVERS_FIGHT_WITH = Pattern.compile("\\s+(liefert|liefern|lieferte|lieferten)\\s+sich\\s+" + FIGHT
            + "\\s+([^,;.]{0,40}?\\s)?mit\\s+((dem|der|den)\\s+)?((rivalen|konkurrenten|wettbewerber)\\s+)?([\\p{L}-]+\\s+){0,2}?");
    private static final Pattern PAIR_DELIVERS_FIGHT = Pattern.compile("\\s+(und|and)\\s+");
    private static final Pattern AFTER_PAIR = Pattern.compile("\\s+(liefern|lieferten)\\s+sich\\s+" + FIGHT + "\\b.*");
    private static final Pattern PAIR_AFTER_VERB = Pattern.compile("(?s).*\\b(liefern|lieferten)\\s+sich\\s+$");
    private static final Pattern AFTER_VERB_PAIR = Pattern.compile("\\s+" + FIGHT + "\\b.*");

    private static void deliversFight(SentenceView v, List<Ref> rivals, RelationSink sink) {
        for (int i = 0; i + 1 < rivals.size(); i++) {
            Ref a = rivals.get(i), b = rivals.get(i + 1);
            String between = v.gap(a.end(), b.start());
            if (between.length() < 120 && DELIVERS_FIGHT_WITH.matcher(between).matches()) {
                sink.add(v, a, Predicate.COMPETES_WITH, b, "compete.delivers-fight", 0.7);
                continue;
            }
            if (!PAIR_DELIVERS_FIGHT.matcher(between).matches()) continue;
            String after = v.gap(b.end(), Math.min(v.sentence.end(), b.end() + 80));
            String before = v.gap(Math.max(v.sentence.start(), a.start() - 25), a.start());
            // "Zillow und CoStar liefern sich …", "In den USA liefern sich Zillow und CoStar einen Kampf …".
            if (AFTER_PAIR.matcher(after).matches() || PAIR_AFTER_VERB.matcher(before).matches() && AFTER_VERB_PAIR.matcher(after).matches()) {
                sink.add(v, a, Predicate.COMPETES_WITH, b, "compete.delivers-fight", 0.7);
            }
        }
    }

    /** The first of two rivals joined by "und"/"and" right after a contest noun and "between". */
    private static void contestBetween(SentenceView v, List<Ref> rivals, RelationSink sink) {
        for (int i = 0; i + 1 < rivals.size(); i++) {
            Ref a = rivals.get(i), b = rivals.get(i + 1);
            if (a.id().equals(b.id()) || !Rx.matches(v.gap(a.end(), b.start()), "\\s+(und|and)\\s+((dem|der|den|the)\\s+)?([\\p{L}-]+\\s+){0,2}")) continue;
            if (CONTEST_BETWEEN.matcher(v.gap(Math.max(v.sentence.start(), a.start() - 70), a.start())).matches()) {
                sink.add(v, a, Predicate.COMPETES_WITH, b, "compete.contest-between", 0.7);
            }
        }
    }

    void apply(SentenceView v, RelationSink sink) {
        if (v.of(EntityType.ORGANIZATION).size() + v.of(EntityType.AI_MODEL).size() < 2 || !v.hasAny(TRIGGERS)) return;
        List<Ref> rivals = CompetitionRules.candidates(v);
        if (v.hasAny("liefert sich", "liefern sich", "lieferten sich", "lieferte sich")) deliversFight(v, rivals, sink);
        if (v.hasAny("zwischen", "between")) contestBetween(v, rivals, sink);
        for (int i = 0; i < rivals.size(); i++) {
            Ref r = rivals.get(i);
            String after = v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 40));
            // "Anthropic macht Cursor damit direkt Konkurrenz": the verb before the rival, the noun closing the clause.
            boolean madeBefore = after.contains("konkurrenz") && COMPETITION_CLOSES.matcher(after).matches()
                    && Rx.matches(v.gap(Math.max(v.sentence.start(), r.start() - 30), r.start()), "(?s).*\\b(macht|machen|machte|machten)\\s+"
                    + "((der|die|dem|den)\\s+)?([\\p{L}-]+\\s+){0,2}$");
            if (madeBefore || after.contains("konkurrenz") && MAKES_COMPETITION.matcher(after).matches()) {
                Ref subject = firstOther(rivals, r);
                if (subject != null) sink.add(v, subject, Predicate.COMPETES_WITH, r, "compete.makes-competition", 0.7);
            }
            if (i + 1 < rivals.size()) {
                Ref next = rivals.get(i + 1);
                String between = v.gap(r.end(), next.start());
                if (between.length() < 90 && CLOSEST_RIVAL.matcher(between).matches() && v.possessive(r)) {
                    sink.add(v, r, Predicate.COMPETES_WITH, next, "compete.closest-rival", 0.75);
                }
                if (between.length() < 70 && INTO_COMPETITION.matcher(between).matches()) {
                    sink.add(v, r, Predicate.COMPETES_WITH, next, "compete.into-competition", 0.7);
                }
                // "Im Wartungsgeschäft konkurriert Airbus mit Lufthansa Technik": the subject after the verb.
                // "In Europa konkurrieren Raumwerk und Ingka mit …": the verb before the subject pair.
                List<Ref> pair = r.is(EntityType.ORGANIZATION) ? CompetitionRules.describedListBefore(v, r) : List.of(r);
                Ref head = pair.get(0);
                if (between.length() < 50 && INVERTED_WITH.matcher(between).matches()
                        && INVERTED_VERB.matcher(v.gap(Math.max(v.sentence.start(), head.start() - 50), head.start())).matches()) {
                    // "… mit Quantum Systems und dem Berliner Start-up Stark Defence": every rival of the list.
                    // "… außer mit Samsung auch mit Micron": the rivals a second "mit" adds.
                    List<Ref> all = new java.util.ArrayList<>(FounderRules.orgList(v, next));
                    all.addAll(CompetitionRules.alsoWith(v, all.get(all.size() - 1)));
                    for (Ref s : pair) for (Ref o : all) sink.add(v, s, Predicate.COMPETES_WITH, o, "compete.inverted", 0.7);
                }
            }
            String before = v.gap(Math.max(v.sentence.start(), r.start() - 20), r.start());
            if (before.contains("undercut") && UNDERCUT.matcher(before).matches()) undercut(v, rivals, r, sink);
            if (i > 0) rivalOf(v, rivals.get(i - 1), r, sink);
        }
    }

    /** "Baseline Dynamics sees SwingVision as its closest competitor": the subject's view of its rival. */
    private static final Pattern SEES_AS_BETWEEN = Pattern.compile("\\s+((also|now|still|auch)\\s+)?(sees|saw|regards|regarded|considers|"
            + "considered|views|viewed|sieht|sah|betrachtet|betrachtete)\\s+");
    private static final Pattern AS_ITS_RIVAL_AFTER = Pattern.compile("\\s+(as|als)\\s+(its|their|seinen|ihren|den)\\s+((closest|biggest|main|"
            + "chief|strongest|most serious|most dangerous|größten|stärksten|wichtigsten|härtesten|gefährlichsten|engsten)\\s+)?"
            + "(competitor|rival|challenger|konkurrenten|rivalen|wettbewerber|herausforderer)\\b.*");

    /** "Huawei Technologies, Nvidia's strongest rival", "Huawei, der als wichtigster Rivale von Nvidia gilt", "Im Wettbewerb steht X mit Y". */
    private static void rivalOf(SentenceView v, Ref x, Ref y, RelationSink sink) {
        if (x.type() != y.type() || x.id().equals(y.id()) || y.start() - x.end() > 80) return;
        String between = v.gap(x.end(), y.start());
        if (SEES_AS_BETWEEN.matcher(between).matches()
                && AS_ITS_RIVAL_AFTER.matcher(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 50))).matches()) {
            sink.add(v, x, Predicate.COMPETES_WITH, y, "compete.sees-as-rival", 0.75);
            return;
        }
        if ((Rx.matches(between, ",\\s*") || IS_OR_AS.matcher(between).matches() && v.possessive(y))
                && POSSESSIVE_RIVAL.matcher(v.gap(y.end(), Math.min(v.sentence.end(), y.end() + 40))).matches()) {
            sink.add(v, x, Predicate.COMPETES_WITH, y, "compete.possessive-rival", 0.7);
        } else if (between.length() < 90 && IS_RIVAL_OF.matcher(between).matches() && !v.gluedToNoun(x) && !v.possessive(x)) {
            boolean plural = Rx.matches(between, "\\s+(are|were|sind|seien|waren)\\b.*");
            for (Ref s : plural ? FounderRules.listBefore(v, x, x.type()) : List.of(x)) {
                if (!s.id().equals(y.id())) sink.add(v, s, Predicate.COMPETES_WITH, y, "compete.is-rival-of", 0.7);
            }
        } else if (STANDS_THEN_SUBJECT.matcher(between).matches()
                && FRONTED_WITH.matcher(v.gap(Math.max(v.sentence.start(), x.start() - 30), x.start())).matches()) {
            sink.add(v, y, Predicate.COMPETES_WITH, x, "compete.fronted-with", 0.7);
        } else if (between.indexOf(';') < 0 && AS_RIVAL_OF.matcher(between).matches() && !v.gluedToNoun(x)
                // "Das Unternehmen, hinter dem frühere Meta-Forscher stehen, gilt als Herausforderer von OpenAI".
                && !CompetitionRules.inClosedRelativeClause(v, x, y.start())) {
            sink.add(v, x, Predicate.COMPETES_WITH, y, "compete.as-rival-of", 0.7);
        } else if (WITH_AFTER_SUBJECT.matcher(between).matches()
                && STANDS_IN_COMPETITION.matcher(v.gap(Math.max(v.sentence.start(), x.start() - 30), x.start())).matches()) {
            for (Ref o : FounderRules.orgList(v, y)) sink.add(v, x, Predicate.COMPETES_WITH, o, "compete.stands-in-competition", 0.7);
        }
    }

    /** "while Ultrahuman, run by …, and China's RingConn undercut Oura": every rival of the clause before the verb. */
    private static void undercut(SentenceView v, List<Ref> rivals, Ref object, RelationSink sink) {
        String head = v.gap(v.sentence.start(), object.start());
        Matcher m = CLAUSE_OPENER.matcher(head);
        int from = m.lookingAt() ? v.sentence.start() + m.end() : v.sentence.start();
        for (Ref r : rivals) {
            if (r.start() < from || r.end() > object.start() || r.type() != object.type() || r.id().equals(object.id())) continue;
            sink.add(v, r, Predicate.COMPETES_WITH, object, "compete.undercut", 0.7);
        }
    }


    private static Ref firstOther(List<Ref> rivals, Ref r) {
        for (Ref c : rivals) {
            if (c.start() >= r.start()) return null;
            if (c.type() == r.type() && !c.id().equals(r.id())) return c;
        }
        return null;
    }

}
