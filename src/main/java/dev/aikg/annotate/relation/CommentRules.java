package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.annotate.relation.Words.Word;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.lexicon.LexiconEntry;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;
import dev.aikg.model.Relation;
import dev.aikg.model.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who commented on what: reported speech and quotes ("X sagte, DeepSeek …", "„…“, schrieb X",
 * "X bezeichnete DeepSeek als …", "laut X", "so X", "X meint, …", "„…“, schrieb er auf LinkedIn").
 * The speaker is the person at the speech verb (before it, after it, or the last speaker for a pronoun);
 * the objects are the organisations and models named in what they said, leaving out the speaker's
 * apposition and employer, platforms ("auf X"), media addressees and parenthetical asides.
 * Runs after the other rules so that employers found there are known.
 */
final class CommentRules {
    private static final int SPEAKER_REACH = 200;
    private static final int PRONOUN_REACH = 3;

    private final Lexicon lexicon;
    /**
     * Each speaker's excluded objects, worked out once per document: they depend only on the
     * employer and developer relations, which the comment rules (running last) never add.
     */
    private final java.util.Map<String, Set<String>> excludedBySpeaker = new java.util.HashMap<>();
    private java.util.Map<String, List<String>> modelDevelopers;
    private String lastSpeaker;
    private int lastSpeakerSentence = -10;

    CommentRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The words that start a comment rule: speech verbs, judgements and the "laut X" frames. */
    private static final WordTable TRIGGERS = new WordTable(triggerWords());

    private static Set<String> triggerWords() {
        Set<String> out = new HashSet<>(SpeechCues.VERBS);
        out.addAll(SpeechCues.JUDGEMENTS);
        out.addAll(List.of("laut", "so", "according", "ansicht", "einschätzung"));
        return out;
    }

    void apply(SentenceView v, RelationSink sink) {
        if (continuedReport(v, sink)) return;
        if (!mayComment(v)) return;
        if (v.hasType(EntityType.PERSON) && v.hasAny(": \"", ": „", ": “", ": »", ": «")) colonQuote(v, sink);
        if (!v.mayHaveWordIn(TRIGGERS)) return;
        List<Word> words = v.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.lowerIn(TRIGGERS)) continue; // neither a cue nor a frame word: both tests below fail
            String l = w.lower();
            if (SpeechCues.isCue(l) && !namingOrIdiom(v, words, i)) verb(v, words, i, sink);
            else if (l.equals("laut") || l.equals("so") && i > 0 && precededByComma(v, w)
                    || l.equals("according") || l.equals("ansicht") || l.equals("einschätzung")) frame(v, w, sink);
        }
    }

    /** Words before "called" that keep it a verb of judgement: "who called", "has called", "also called". */
    private static final Set<String> BEFORE_CALLED_VERB = Set.of("has", "had", "have", "who", "also", "once", "publicly",
            "recently", "previously", "repeatedly", "he", "she", "they", "then", "and", "but", "analyst", "analysts");

    /**
     * "an AI agent called Kestrel Pilot", "a model named Orion": a participle that names a thing after a noun; "die seit Jahren
     * tiefrote Zahlen schreibt": a company losing money. Neither reports speech.
     */
    private static boolean namingOrIdiom(SentenceView v, List<Word> words, int i) {
        if (i == 0) return false;
        String l = words.get(i).lower(), prev = words.get(i - 1).lower();
        if ((l.equals("schreibt") || l.equals("schrieb")) && prev.equals("zahlen")) return true;
        if (!l.equals("called") && !l.equals("calls")) return false;
        Word p = words.get(i - 1);
        // "…, who still runs the group, called Prosus …": a clause closed by a comma before the verb leaves it a verb.
        if (!v.text.substring(p.end(), words.get(i).start()).isBlank()) return false;
        if (!Character.isLowerCase(p.text().charAt(0)) || BEFORE_CALLED_VERB.contains(prev) || prev.endsWith("ly")) return false;
        // "an AI agent called", "a new interactive website called": an article opens the noun phrase the participle names.
        for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
            String w = words.get(k).lower();
            if (ARTICLES_BEFORE_NAMED.contains(w)) return true;
            String t = words.get(k).text();
            // "an AI agent called": an acronym may describe the thing too.
            if (BEFORE_CALLED_VERB.contains(w) || !Character.isLowerCase(t.charAt(0)) && !t.equals(t.toUpperCase())) return false;
        }
        return false;
    }

    private static final Set<String> ARTICLES_BEFORE_NAMED = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "new");

    /** German reported speech: the subjunctive forms that carry a report on after its speaker's sentence. */
    private static final Set<String> SUBJUNCTIVE = Set.of("sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle",
            "dürfe", "gebe", "gehe", "liege", "stehe", "bleibe", "komme", "fehle", "zeige", "brauche", "biete", "hänge", "halte",
            "lasse", "sehe", "wisse", "verfüge", "profitiere", "leide");
    private static final Set<String> OPENING_QUOTES = Set.of("„", "“", "\"", "«", "»");

    /**
     * The report goes on in the next sentence without a new speaker: "„…“, sagt Vossberg, Analystin bei X. Thomson Reuters
     * gehe damit gestärkt …" (German subjunctive), "Skeptischer äußerte sich Vossberg. „Hochtief ist …“" (a quote of its
     * own). Only right after the sentence the speaker spoke in, with no person and no speech word of its own.
     */
    private boolean continuedReport(SentenceView v, RelationSink sink) {
        if (lastSpeaker == null || lastSpeakerSentence != v.index() - 1 || v.hasType(EntityType.PERSON)) return false;
        if (!v.hasType(EntityType.ORGANIZATION) && !v.hasType(EntityType.AI_MODEL)) return false;
        List<Word> words = v.words();
        if (words.isEmpty()) return false;
        for (Word w : words) if (w.lowerIn(TRIGGERS)) return false;
        String opening = v.text.substring(v.sentence.start(), Math.min(v.sentence.end(), v.sentence.start() + 1));
        boolean quoted = OPENING_QUOTES.contains(opening);
        boolean subjunctive = false;
        if (!quoted && "de".equals(v.doc.document().lang())) {
            for (Word w : words) subjunctive |= SUBJUNCTIVE.contains(w.lower());
        }
        if (!quoted && !subjunctive) return false;
        emit(v, lastSpeaker, v.sentence.start(), v.sentence.end(), null, "comment.continued", 0.6, sink);
        remember(lastSpeaker, v.index());
        return true;
    }

    /** Cheap gate: a person or a personal pronoun, and something to comment on (a name or a closing quote). */
    private static boolean mayComment(SentenceView v) {
        boolean speaker = v.hasType(EntityType.PERSON) || v.lower.startsWith("er ") || v.lower.startsWith("sie ")
                || v.lower.startsWith("he ") || v.lower.startsWith("she ") || v.hasAny(" er ", " sie ", " he ", " she ");
        if (!speaker) return false;
        return v.hasType(EntityType.ORGANIZATION) || v.hasType(EntityType.AI_MODEL) || v.hasAny("“", "”", "»", "«", "\"");
    }

    private void verb(SentenceView v, List<Word> words, int i, RelationSink sink) {
        Word verb = words.get(i);
        Ref after = speakerAfter(v, verb);
        if (after != null || i + 1 < words.size() && SpeechCues.PRONOUNS.contains(words.get(i + 1).lower())
                && !SpeechCues.JUDGEMENTS.contains(verb.lower())) {
            inverted(v, verb, after, i + 1 < words.size() ? words.get(i + 1) : null, sink);
            return;
        }
        if (i > 0 && pronounAfterQuote(v, words.get(i - 1), sink)) return;
        Ref before = speakerBefore(v, verb);
        if (before != null) {
            normal(v, verb, before, sink);
            return;
        }
        if (!words.isEmpty() && SpeechCues.PRONOUNS.contains(words.get(0).lower()) && currentSpeaker(v, v.index()) != null) {
            emit(v, currentSpeaker(v, v.index()), words.get(0).end(), v.sentence.end(), null, "comment.pronoun", 0.6, sink);
        }
    }

    /** "of Kepler Cheuvreux", "von der Bank Vontobel": the speaker's house, before the colon. */
    private static final String AFFILIATION = "(\\s+(of|von|vom|from|at|bei)\\s+[^:;\"„“]{1,40}?)?";
    /** "Laurent Bessieres of Kepler Cheuvreux was more sceptical: „…“": a speaker, a copula and a word of mood, a colon. */
    private static final java.util.regex.Pattern SPEAKER_MOOD = java.util.regex.Pattern.compile(AFFILIATION
            + "\\s+(is|was|ist|war|sounded|seemed|remained|blieb|bleibt|zeigte sich|zeigt sich|gibt sich|gab sich)\\s+"
            + "((more|much|far|less|even|deutlich|etwas|noch|weit|viel|weniger)\\s+)?[\\p{L}-]+\\s*:\\s*$");
    /** "Zurückhaltender ist Corinne Maeder von der Bank Vontobel: „…“": the word of mood and the copula before the speaker. */
    private static final java.util.regex.Pattern MOOD_BEFORE = java.util.regex.Pattern.compile("\\s*[\\p{L}-]+\\s+(ist|war|zeigte sich|zeigt sich|"
            + "gibt sich|gab sich|is|was)\\s+$");
    private static final java.util.regex.Pattern AFFILIATION_TO_COLON = java.util.regex.Pattern.compile(AFFILIATION + "\\s*:\\s*$");

    private void colonQuote(SentenceView v, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            int colon = v.text.indexOf(':', p.end());
            if (colon < 0 || colon >= v.sentence.end() || colon - p.end() > 80 || v.typeBetween(p.end(), colon, EntityType.PERSON)) continue;
            int q = colon + 1;
            while (q < v.sentence.end() && v.text.charAt(q) == ' ') q++;
            if (q >= v.sentence.end() || !OPENING_QUOTES.contains(String.valueOf(v.text.charAt(q)))) continue;
            String to = v.gap(p.end(), colon + 1);
            boolean after = SPEAKER_MOOD.matcher(to).matches();
            boolean before = !after && AFFILIATION_TO_COLON.matcher(to).matches()
                    && MOOD_BEFORE.matcher(v.gap(v.sentence.start(), p.start())).matches();
            if (!after && !before) continue;
            emit(v, p.id(), q, v.sentence.end(), null, "comment.colon-quote", 0.7, sink);
            remember(p.id(), v.index());
            return;
        }
    }

    private static final java.util.regex.Pattern TOPIC_FIRST = java.util.regex.Pattern.compile("\\s*(über|about)\\s+[^,;]{1,60}");

    /** "„…“, sagte X", "DeepSeek zeige …, bemerkte Analyst X vom Y", "Unterdessen erklärte X, dass …". */
    private void inverted(SentenceView v, Word verb, Ref speaker, Word pronoun, RelationSink sink) {
        String id = speaker != null ? speaker.id() : null;
        int speakerEnd = speaker != null ? speaker.end() : pronoun.end();
        int back = verb.start();
        while (back > v.sentence.start() && v.text.charAt(back - 1) == ' ') back--;
        char prev = back > v.sentence.start() ? v.text.charAt(back - 1) : ' ';
        int quoteClose = prev == ',' ? back - 1 : back;
        while (quoteClose > 0 && v.text.charAt(quoteClose - 1) == ' ') quoteClose--;
        char closing = quoteClose > 0 ? v.text.charAt(quoteClose - 1) : ' ';
        int open = isClosingQuote(closing) ? openingQuote(v, quoteClose - 1, closing) : -1;
        int contentStart = open >= 0 ? Math.min(open, v.sentence.start()) : v.sentence.start();
        if (id == null) id = currentSpeaker(v, v.doc.sentenceAt(contentStart) == null ? v.index()
                : v.doc.sentenceAt(contentStart).index(), open, pronoun == null ? null : pronoun.lower());
        if (id == null) return;
        boolean fronted = prev == ',' || open >= 0 || prev == ':';
        if (fronted && open < 0) {
            Word first = Words.after(v.text, v.sentence.start(), verb.start());
            if (first != null && SpeechCues.SUBORDINATORS.contains(first.lower())) fronted = false;
        }
        String rule = speaker != null ? "comment.inverted" : "comment.pronoun-quote";
        if (fronted) emit(v, id, contentStart, verb.start(), null, rule, 0.75, sink);
        else emit(v, id, appositionEnd(v, speakerEnd), v.sentence.end(), null, rule, 0.7, sink);
        // "Über US Foods sagte Raymond Castellano von Wells Fargo, dass …": the topic put first is what was spoken about.
        if (!fronted && TOPIC_FIRST.matcher(v.gap(v.sentence.start(), verb.start())).matches()) {
            emit(v, id, v.sentence.start(), verb.start(), null, rule, 0.7, sink);
        }
        remember(id, v.index());
    }

    /**
     * '"…," she said', '"…", he wrote': a quote closed right before a pronoun and the verb. The speaker
     * is the person the pronoun refers to, not a person named inside the quote.
     */
    private boolean pronounAfterQuote(SentenceView v, Word pronoun, RelationSink sink) {
        if (!SpeechCues.PRONOUNS.contains(pronoun.lower())) return false;
        int i = pronoun.start();
        while (i > v.sentence.start() && (v.text.charAt(i - 1) == ' ' || v.text.charAt(i - 1) == ',')) i--;
        if (i <= v.sentence.start() || !isClosingQuote(v.text.charAt(i - 1))) return false;
        int open = openingQuote(v, i - 1, v.text.charAt(i - 1));
        if (open < 0) return false;
        Sentence first = v.doc.sentenceAt(open);
        String id = currentSpeaker(v, first == null ? v.index() : first.index(), open, pronoun.lower());
        if (id == null) return false;
        emit(v, id, open, i, null, "comment.quote-then-pronoun", 0.7, sink);
        remember(id, v.index());
        return true;
    }

    /** "X (, Analyst bei Y,) sagte, …", "X bezeichnete DeepSeek als …", "Dies wurde von X … hervorgehoben". */
    private void normal(SentenceView v, Word verb, Ref speaker, RelationSink sink) {
        int dash = dashBefore(v, speaker.start());
        if (dash >= 0 && dashAfter(v, verb.end()) >= 0) {
            Ref target = mentionEndingNear(v, dash);
            if (target != null) {
                emit(v, speaker.id(), target.start(), target.end(), null, "comment.insertion", 0.7, sink);
                remember(speaker.id(), v.index());
                return;
            }
        }
        int from = appositionEnd(v, speaker.end());
        Ref head = relativeClauseHead(v, speaker, verb.start());
        if (head != null) {
            // The clause's names are no part of what was said: the report starts after the comma that closes it.
            speaker = head;
            from = Math.max(from, v.text.lastIndexOf(',', verb.start()) + 1);
        }
        int end = reportEnd(v, from);
        // "X said on Tuesday it had raised $85 million in a round led by Y", "sagte, man baue mit Google …": news of the
        // speaker's own company names partners, backers and suppliers without judging them.
        if (!ownCompanyNews(v, verb, end)) emit(v, speaker.id(), from, end, null, "comment.reported", 0.75, sink);
        quoteBeforeSpeaker(v, speaker, sink);
        remember(speaker.id(), v.index());
    }

    /** After the speech verb: time words, "that", then the speaker's own company as the subject of what was said. */
    private static final java.util.regex.Pattern OWN_COMPANY_SUBJECT = java.util.regex.Pattern.compile("\\s*,?\\s*"
            + "((on|in|last|this|earlier|am|im|zuletzt|bereits|jetzt|now)\\s+(\\p{L}+\\s+)?)?,?\\s*(that\\s+|dass\\s+)?"
            + "(it|its|it's|the company|the company's|the firm|the firm's|the start-up|the start-up's|the startup|the startup's|"
            + "the group|the group's|we|our|man|das unternehmen|der konzern|die firma|das start-up|wir|unser|unsere|unseren|"
            + "unserem|unserer)\\b.*", java.util.regex.Pattern.DOTALL);
    /** Words that judge or compare, so that a report of one's own company still comments on the others it names. */
    private static final java.util.regex.Pattern JUDGES = java.util.regex.Pattern.compile("\\b(beat|beats|better|worse|ahead|"
            + "behind|outperform\\p{L}*|rival\\p{L}*|compet\\p{L}*|cheaper|fair|because|weil|besser|schlechter|schlägt|"
            + "übertrifft|überlegen|vorsprung|hinter|konkurr\\p{L}*|wettbewerb\\p{L}*|unlike|anders als|statt|instead of|"
            + "rather than|chose|picked|gewählt|entschieden)\\b");

    /** Verbs whose next words are an object, not a reported clause: "called it", "hält das Unternehmen für". */
    private static final Set<String> OBJECT_VERBS = Set.of("called", "calls", "call", "described", "describes", "praised", "praises",
            "criticised", "criticized", "criticises", "criticizes", "considers", "considered", "sees", "saw", "views", "viewed",
            "rates", "rated", "nannte", "nennt", "nannten", "bezeichnete", "bezeichnet", "bezeichneten", "hält", "hielt", "halten",
            "sieht", "sah", "sehen", "lobte", "lobt", "kritisierte", "kritisiert");

    /** The report after the verb is news of the speaker's own company ("it", "the company", "man") and judges no one. */
    private static boolean ownCompanyNews(SentenceView v, Word verb, int end) {
        // "called it one of the cleanest quarters", "hält das Unternehmen für gut aufgestellt": a judging verb's object.
        if (end <= verb.end() || OBJECT_VERBS.contains(verb.lower())) return false;
        String said = v.gap(verb.end(), end);
        return OWN_COMPANY_SUBJECT.matcher(said).matches() && !JUDGES.matcher(said).find();
    }

    /** '"…," Ives wrote': a quote that closes right before the speaker's name. */
    private void quoteBeforeSpeaker(SentenceView v, Ref speaker, RelationSink sink) {
        int i = speaker.start();
        while (i > 0 && (v.text.charAt(i - 1) == ' ' || v.text.charAt(i - 1) == ',')) i--;
        if (i <= 0 || !isClosingQuote(v.text.charAt(i - 1))) return;
        int open = openingQuote(v, i - 1, v.text.charAt(i - 1));
        if (open >= 0) emit(v, speaker.id(), open, i, null, "comment.quote-then-speaker", 0.75, sink);
    }

    /** "laut X", "so X", "according to X", "nach Ansicht von X". */
    private void frame(SentenceView v, Word cue, RelationSink sink) {
        for (Ref p : v.of(EntityType.PERSON)) {
            if (p.start() < cue.end() || p.start() - cue.end() > 45) continue;
            String gap = v.gap(cue.end(), p.start());
            if (gap.indexOf(',') >= 0 || v.typeBetween(cue.end(), p.start(), EntityType.PERSON)) return;
            int end = appositionEnd(v, p.end());
            emit(v, p.id(), v.sentence.start(), cue.start(), null, "comment.according-to", 0.65, sink);
            emit(v, p.id(), end, v.sentence.end(), null, "comment.according-to", 0.65, sink);
            remember(p.id(), v.index());
            return;
        }
    }

    private static boolean precededByComma(SentenceView v, Word w) {
        int i = w.start();
        while (i > v.sentence.start() && v.text.charAt(i - 1) == ' ') i--;
        return i > v.sentence.start() && v.text.charAt(i - 1) == ',';
    }

    /** A person right after the verb, past at most four title words ("bemerkte Analyst", "erklärte Curai-CEO"). */
    private static Ref speakerAfter(SentenceView v, Word verb) {
        for (Ref r : v.refs) {
            if (r.start() < verb.end()) continue;
            if (!r.is(EntityType.PERSON)) {
                if (r.start() - verb.end() > 60) return null;
                continue;
            }
            String gap = v.text.substring(verb.end(), r.start());
            if (gap.indexOf(',') >= 0 || gap.indexOf('.') >= 0 || r.start() - verb.end() > 60) return null;
            List<Word> ws = Words.in(v.text, verb.end(), r.start());
            if (ws.size() > 4) return null;
            for (Word w : ws) {
                String l = w.lower();
                if (!Words.ARTICLES.contains(l) && RoleNouns.of(w.text()) == null && !Words.capitalised(w.text())
                        && !l.equals("auch") && !l.equals("also") && !l.equals("nun") && !l.equals("now")
                        // "Skeptischer äußerte sich Henrik Vossberg": the reflexive of the verb.
                        && !l.equals("sich")) return null;
            }
            return r;
        }
        return null;
    }

    /** The nearest person before the verb in the sentence, unless another speech verb stands between. */
    private static Ref speakerBefore(SentenceView v, Word verb) {
        // "…, in January it added Meta as a strategic investor", "the company said": a company speaks, no person named before.
        Word subject = Words.before(v.text, verb.start(), v.sentence.start());
        if (subject != null && (subject.lowerIs("it") || subject.lowerIs("es"))) return null;
        if (subject != null && COMPANY_SUBJECTS.contains(subject.lower())) {
            Word article = Words.before(v.text, subject.start(), v.sentence.start());
            if (article != null && (article.lowerIs("the") || article.lowerIs("das") || article.lowerIs("der") || article.lowerIs("die"))) return null;
        }
        Ref best = null;
        for (Ref r : v.refs) {
            if (r.end() > verb.start()) break;
            if (r.is(EntityType.PERSON) && verb.start() - r.end() <= SPEAKER_REACH && !possessor(v, r)) best = r;
        }
        if (best == null) return null;
        for (Word w : Words.in(v.text, best.end(), verb.start())) if (SpeechCues.VERBS.contains(w.lower())) return null;
        return best;
    }

    private static final java.util.regex.Pattern RELATIVE_OPENER = java.util.regex.Pattern.compile("\\s*,\\s*(who|der|die|welche[rs]?)\\s");

    /**
     * "Dario Amodei, who co-founded the company with his sister Daniela Amodei, said …", "Parker Conrad, der das Unternehmen
     * mit Prasanna Sankar gründete, nannte …": a person inside a relative clause closed before the verb is not its speaker;
     * the person the clause describes is.
     */
    private static Ref relativeClauseHead(SentenceView v, Ref inner, int verbStart) {
        int close = v.text.lastIndexOf(',', verbStart);
        if (close < inner.end()) return null;
        Ref head = null;
        for (Ref r : v.refs) {
            if (r.start() >= inner.start()) break;
            if (!r.is(EntityType.PERSON)) continue;
            java.util.regex.Matcher m = RELATIVE_OPENER.matcher(v.text).region(r.end(), inner.start());
            if (m.lookingAt() && v.text.substring(m.end(), inner.start()).indexOf(',') < 0) head = r;
        }
        return head;
    }

    /** Company nouns that, after an article, are the subject of a speech verb: "the company added", "das Unternehmen teilte mit". */
    private static final Set<String> COMPANY_SUBJECTS = Set.of("company", "firm", "group", "start-up", "startup", "unternehmen",
            "konzern", "firma");

    /** "Elon Musk's company xAI …": a person in the genitive owns something; they are not the speaker. */
    private static boolean possessor(SentenceView v, Ref r) {
        String s = r.mention().surface();
        if (s.endsWith("'s") || s.endsWith("’s")) return true;
        return r.end() + 2 <= v.text.length() && (v.text.startsWith("'s", r.end()) || v.text.startsWith("’s", r.end()));
    }

    /** Where a speaker's apposition (", Analyst bei Y,") ends; the speaker's end when there is none. */
    private static int appositionEnd(SentenceView v, int speakerEnd) {
        int i = speakerEnd;
        while (i < v.sentence.end() && v.text.charAt(i) == ' ') i++;
        if (i < v.sentence.end() && v.text.charAt(i) == ',' && appositionStart(v, i + 1)) {
            int next = v.text.indexOf(',', i + 1);
            if (next > 0 && next < v.sentence.end() && next - i < 120) return next + 1;
        }
        // A title right after the name ("Tilly Zhang vom Finanzunternehmen Gavekal") belongs to the speaker.
        List<Word> ws = Words.in(v.text, i, Math.min(v.sentence.end(), i + 60));
        if (!ws.isEmpty() && RoleRules.CONNECTORS.contains(ws.get(0).lower()) && !ws.get(0).lower().equals("der")) {
            for (Ref r : v.refs) {
                if (r.start() >= i && r.start() - i < 50 && r.is(EntityType.ORGANIZATION)) return r.end();
            }
        }
        return speakerEnd;
    }

    /** After "X," a noun phrase ("Analyst bei Y", "ein bekannter Investor") rather than what X said ("dass …"). */
    private static boolean appositionStart(SentenceView v, int at) {
        Word w = Words.after(v.text, at, v.sentence.end());
        if (w == null) return false;
        String l = w.lower();
        if (Words.ARTICLES.contains(l) || RoleNouns.of(w.text()) != null) return true;
        return Character.isLowerCase(w.text().charAt(0)) && !Set.of("dass", "that", "er", "sie", "es", "he", "she", "it",
                "they", "we", "wir", "man", "ob", "whether", "wie", "how", "so", "und", "and", "aber", "but").contains(l)
                && !SpeechCues.VERBS.contains(l);
    }

    private static int dashBefore(SentenceView v, int at) {
        for (int i = at - 1; i >= Math.max(v.sentence.start(), at - 20); i--) {
            char c = v.text.charAt(i);
            if (c == '–' || c == '—' || c == '-' && i > 0 && v.text.charAt(i - 1) == ' ') return i;
        }
        return -1;
    }

    private static int dashAfter(SentenceView v, int at) {
        for (int i = at; i < Math.min(v.sentence.end(), at + 40); i++) {
            char c = v.text.charAt(i);
            if (c == '–' || c == '—' || c == '-' && v.text.charAt(i - 1) == ' ') return i;
        }
        return -1;
    }

    private static Ref mentionEndingNear(SentenceView v, int at) {
        Ref best = null;
        for (Ref r : v.refs) {
            if (r.end() <= at && at - r.end() <= 3 && (r.is(EntityType.AI_MODEL) || r.is(EntityType.ORGANIZATION))) best = r;
        }
        return best;
    }

    private static boolean isClosingQuote(char c) {
        return c == '“' || c == '”' || c == '»' || c == '"' || c == '«' || c == '‘';
    }

    /** The opening quote matching a closing one, within the paragraph, or -1. */
    private static int openingQuote(SentenceView v, int close, char closing) {
        String opens = switch (closing) {
            case '“' -> "„“";
            case '”' -> "“„";
            case '»' -> "«";
            case '«' -> "»";
            case '‘' -> "‚‘";
            default -> "\"";
        };
        for (int i = close - 1; i >= Math.max(0, close - 1500); i--) {
            char c = v.text.charAt(i);
            if (opens.indexOf(c) >= 0) return i;
            if (c == '\n' && i > 0 && v.text.charAt(i - 1) == '\n') return -1;
        }
        return -1;
    }

    /** Whom a pronoun refers to: the last person named in the two sentences before, else the last speaker. */
    private String currentSpeaker(SentenceView v, int sentence) {
        return currentSpeaker(v, sentence, -1, null);
    }

    /**
     * Whom a pronoun after a quote refers to: a person named in the quote's sentence before the quote
     * opens ("Analystin X ist skeptischer: „…“, sagte sie"); else, sentence by sentence backwards, the
     * subject of a sentence that does not itself use the pronoun (a sentence saying "she believes …"
     * refers back further), else its last person; else the last speaker.
     */
    private String currentSpeaker(SentenceView v, int sentence, int quoteOpen, String pronoun) {
        if (quoteOpen >= 0) {
            Ref last = null;
            for (Ref r : v.index.in(sentence)) if (r.end() <= quoteOpen && r.is(EntityType.PERSON) && !possessor(v, r)) last = r;
            if (last != null) return last.id();
        }
        int reach = pronoun == null ? 2 : 3;
        for (int s = sentence - 1; s >= Math.max(0, sentence - reach) && s > lastSpeakerSentence; s--) {
            List<Ref> l = v.index.in(s);
            if (pronoun != null && usesPronoun(v, s, pronoun)) continue;
            Ref subject = pronoun == null ? null : subjectPerson(v, s, l);
            if (subject != null) return subject.id();
            for (int k = l.size() - 1; k >= 0; k--) if (l.get(k).is(EntityType.PERSON)) return l.get(k).id();
        }
        return lastSpeaker != null && sentence - lastSpeakerSentence <= PRONOUN_REACH ? lastSpeaker : null;
    }

    private static boolean usesPronoun(SentenceView v, int s, String pronoun) {
        Sentence sent = v.doc.sentences().get(s);
        for (Word w : Words.in(v.text, sent.start(), sent.end())) if (w.lower().equals(pronoun)) return true;
        return false;
    }

    /** The person a sentence opens with, past at most three words ("Analyst X", "Meanwhile, X …"). */
    private static Ref subjectPerson(SentenceView v, int s, List<Ref> refs) {
        Sentence sent = v.doc.sentences().get(s);
        for (Ref r : refs) {
            if (!r.is(EntityType.PERSON)) continue;
            return Words.in(v.text, sent.start(), r.start()).size() <= 3 && !possessor(v, r) ? r : null;
        }
        return null;
    }

    private void remember(String speaker, int sentence) {
        lastSpeaker = speaker;
        lastSpeakerSentence = sentence;
    }

    /** commentedOn from the speaker to each organisation or model named in text[a, b). */
    private void emit(SentenceView v, String speaker, int a, int b, String quote, String rule, double conf,
                      RelationSink sink) {
        if (b <= a) return;
        Set<String> excluded = excluded(v, speaker, sink);
        Set<String> lineage = lineage(v, sink);
        String said = quote != null ? quote : clip(v.text.substring(a, b).strip());
        for (Ref r : mentionsIn(v, a, b)) {
            if (!(r.is(EntityType.ORGANIZATION) || r.is(EntityType.AI_MODEL)) || excluded.contains(r.id())
                    || lineage.contains(r.id()) || builtFrom(v, r) || infrastructure(v, r)) continue;
            if (inParentheses(v, r) || quotedName(v, r) || platformOrMedia(v, r) || hardwareCompound(v, r) || namedProductOwner(v, r)) continue;
            sink.add(v, speaker, Predicate.COMMENTED_ON, r.id(), null, said, null, null, a, b, rule, conf);
            if (r.is(EntityType.AI_MODEL)) {
                String maker = prefixMaker(v, r);
                if (maker != null && !excluded.contains(maker)) {
                    sink.add(v, speaker, Predicate.COMMENTED_ON, maker, null, said, null, null, a, b, rule, conf * 0.9);
                }
            }
        }
    }

    /**
     * "said the tool is built on Meta's Llama 3.1 and was fine-tuned on Nvidia A100 chips": what a model of the sentence
     * was built from or trained on, and the maker of those, is a fact told, not a judgement of the speaker's.
     */
    private static Set<String> lineage(SentenceView v, RelationSink sink) {
        Set<String> out = new HashSet<>();
        List<Relation> here = sink.inSentence(v.index());
        for (Relation r : here) {
            if (r.predicate() == Predicate.BASED_ON || r.predicate() == Predicate.TRAINED_ON) out.add(r.object());
        }
        if (out.isEmpty()) return out;
        // "basiert laut X auf Mistral Large 2 des KI-Unternehmens Mistral AI": the base's developer and the chips' maker too.
        for (Relation r : here) {
            if ((r.predicate() == Predicate.MANUFACTURED_BY || r.predicate() == Predicate.DEVELOPED_BY) && out.contains(r.subjectId())) {
                out.add(r.object());
            }
        }
        return out;
    }

    /** After a cue, before the name it points at: a maker's possessive and up to two words ("runs on OpenAI's GPT-4o"). */
    private static final String OWNER_AND_WORDS = "\\s+(\\S+('s|’s|s)\\s+)?([\\p{L}-]+\\s+){0,2}";

    /** A model named after "built on", "a fine-tuned version of", "basiert auf" (its maker's possessive may come between). */
    private static final java.util.regex.Pattern BUILT_FROM = java.util.regex.Pattern.compile("(?s).*\\b(built on|built upon|"
            + "based on|builds on|version of|fine-tuned on|fine-tuned from|trained on|basier\\w* auf|basis von|baut auf|"
            + "aufbauend auf|version von)" + OWNER_AND_WORDS);

    private static boolean builtFrom(SentenceView v, Ref r) {
        if (!r.is(EntityType.AI_MODEL)) return false;
        int from = Math.max(v.sentence.start(), r.start() - 60);
        return BUILT_FROM.matcher(v.gap(from, r.start())).matches();
    }

    /**
     * "said the assistant runs on OpenAI's GPT-4o, accessed through Microsoft's Azure cloud": what a product runs on or is
     * rented through is told, not judged.
     */
    private static final java.util.regex.Pattern RUNS_ON = java.util.regex.Pattern.compile("(?s).*\\b(runs on|running on|run on|"
            + "accessed through|accessed via|rented through|rented from|hosted on|hosted by|läuft auf|laufen auf|gehostet bei|"
            + "gemietet bei|gemietet über)" + OWNER_AND_WORDS);

    private static boolean infrastructure(SentenceView v, Ref r) {
        int from = Math.max(v.sentence.start(), r.start() - 50);
        return RUNS_ON.matcher(v.gap(from, r.start())).matches();
    }

    /** "…, and Workday, led by …, bought …": a new clause with its own subject ends what was said. */
    private static final java.util.regex.Pattern NEW_CLAUSE = java.util.regex.Pattern.compile(
            ";|,\\s+(and|und)\\s+(?=\\p{Lu})");

    private static int reportEnd(SentenceView v, int from) {
        if (from >= v.sentence.end()) return v.sentence.end();
        java.util.regex.Matcher m = NEW_CLAUSE.matcher(v.text).region(from, v.sentence.end());
        return m.find() ? m.start() : v.sentence.end();
    }

    private static String clip(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }

    private static List<Ref> mentionsIn(SentenceView v, int a, int b) {
        List<Ref> out = new ArrayList<>();
        Sentence first = v.doc.sentenceAt(a);
        int from = first == null ? v.index() : first.index();
        for (int s = from; s <= v.index(); s++) {
            for (Ref r : v.index.in(s)) if (r.start() >= a && r.end() <= b) out.add(r);
        }
        return out;
    }

    /** The speaker's employers (and their models): people rarely "comment on" their own company. */
    private Set<String> excluded(SentenceView v, String speaker, RelationSink sink) {
        Set<String> cached = excludedBySpeaker.get(speaker);
        if (cached == null) {
            cached = employersAndTheirModels(v, speaker, sink);
            excludedBySpeaker.put(speaker, cached);
        }
        return cached;
    }

    private Set<String> employersAndTheirModels(SentenceView v, String speaker, RelationSink sink) {
        Set<String> emp = sink.objectsOf(speaker, Predicate.WORKS_FOR, Predicate.CEO_OF, Predicate.FOUNDER_OF);
        LexiconEntry known = lexicon == null ? null : lexicon.get(speaker);
        if (known != null) {
            for (String p : new String[] {"worksFor", "ceoOf", "founderOf"}) emp.addAll(known.linked(p));
        }
        Set<String> out = new HashSet<>(emp);
        out.addAll(sink.subjectsOf(Predicate.DEVELOPED_BY, emp));
        if (lexicon != null && !emp.isEmpty()) {
            for (java.util.Map.Entry<String, List<String>> model : knownDevelopers(v).entrySet()) {
                for (String developer : model.getValue()) {
                    if (emp.contains(developer)) {
                        out.add(model.getKey());
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The document's models that the lexicon knows, with their developers, collected once per document. */
    private java.util.Map<String, List<String>> knownDevelopers(SentenceView v) {
        if (modelDevelopers == null) {
            modelDevelopers = new java.util.LinkedHashMap<>();
            for (Entity e : v.doc.entities()) {
                LexiconEntry le = e.type() == EntityType.AI_MODEL ? lexicon.get(e.id()) : null;
                if (le != null) modelDevelopers.put(e.id(), le.linked("developedBy"));
            }
        }
        return modelDevelopers;
    }

    /** A name standing alone in quotes („Wall Street Journal“) is a title or source, not a subject. */
    private static boolean quotedName(SentenceView v, Ref r) {
        if (r.start() == 0 || r.end() >= v.text.length()) return false;
        return "„“\"«»".indexOf(v.text.charAt(r.start() - 1)) >= 0 && "“”\"»«".indexOf(v.text.charAt(r.end())) >= 0;
    }

    private static boolean inParentheses(SentenceView v, Ref r) {
        int open = v.text.lastIndexOf('(', r.start());
        if (open < v.sentence.start() && open < r.start() - 200) return false;
        int close = v.text.lastIndexOf(')', r.start());
        return open >= 0 && open > close && r.start() - open < 200;
    }

    private static final Set<String> MEDIA_NOUNS = Set.of("sender", "fernsehsender", "tv-sender", "zeitung", "magazin",
            "nachrichtenagentur", "agentur", "blatt", "wirtschaftsblatt", "newspaper", "broadcaster", "network", "channel",
            "station", "outlet", "publication", "magazine", "podcast", "radiosender");

    /** "auf X", "on LinkedIn", and news media (a person talking "to the Wall Street Journal"). */
    private static boolean platformOrMedia(SentenceView v, Ref r) {
        Entity e = r.entity();
        if (e.subtype() != null && e.subtype().toLowerCase().contains("media")) return true;
        // "sagte dem Sender Fox News", "told CNBC", "im Interview mit dem Magazin X": the addressee, a medium.
        List<Word> before = Words.in(v.text, Math.max(v.sentence.start(), r.start() - 40), r.start());
        for (int i = Math.max(0, before.size() - 3); i < before.size(); i++) {
            String w = before.get(i).lower();
            if (MEDIA_NOUNS.contains(w) || i == before.size() - 1 && (w.equals("told") || w.equals("gegenüber"))) return true;
        }
        String surface = r.mention().surface().toLowerCase();
        if (!SpeechCues.PLATFORMS.contains(surface) && !SpeechCues.PLATFORMS.contains(e.name().toLowerCase())) return false;
        Word prep = Words.before(v.text, r.start(), v.sentence.start());
        return prep != null && Set.of("auf", "on", "über", "via", "an", "in").contains(prep.lower());
    }

    /**
     * "darunter Nvidias H100 und H200 sowie AMDs MI300X", "will run a version of Gemma, Google's open model": a maker named
     * only as the possessive of a named model or chip, which is what the statement is about.
     */
    private static boolean namedProductOwner(SentenceView v, Ref r) {
        if (!r.is(EntityType.ORGANIZATION) || !v.possessive(r)) return false;
        Ref next = v.refAfter(r.end());
        if (next != null && (next.is(EntityType.AI_MODEL) || next.is(EntityType.CHIP)) && next.start() - r.end() <= 25
                && Rx.matches(v.gap(r.end(), next.start()), "('s|’s|s)?\\s+([\\p{L}-]+\\s+){0,2}")) return true;
        // "Gemma, Google's open model": the possessive in an apposition after the named model.
        Ref prev = null;
        for (Ref x : v.refs) if (x.end() <= r.start()) prev = x;
        return prev != null && prev.is(EntityType.AI_MODEL) && Rx.matches(v.gap(prev.end(), r.start()), ",\\s*")
                && Rx.matches(v.gap(r.end(), Math.min(v.sentence.end(), r.end() + 30)), "('s|’s|s)?\\s+([\\p{L}-]+\\s+)?(model|modell|chatbot|assistant|family)\\b.*");
    }

    /** "Nvidia-Chips", "OpenAI-CEO": the organisation only qualifies another noun. */
    private static boolean hardwareCompound(SentenceView v, Ref r) {
        if (!r.is(EntityType.ORGANIZATION) || r.end() >= v.text.length() || v.text.charAt(r.end()) != '-') return false;
        Word head = Words.after(v.text, r.end() + 1, v.sentence.end());
        if (head == null) return false;
        String h = head.lower();
        return RoleNouns.of(h) != null || h.startsWith("chip") || h.startsWith("gpu") || h.startsWith("aktie")
                || h.startsWith("prozessor") || h.startsWith("grafik");
    }

    private static String prefixMaker(SentenceView v, Ref model) {
        return v.index.prefixOrg(model.mention().surface());
    }
}
