package dev.aikg.annotate.relation;

import dev.aikg.annotate.relation.MentionIndex.Ref;
import dev.aikg.model.Entity;
import dev.aikg.model.EntityType;
import dev.aikg.model.Predicate;
import dev.aikg.model.Quantity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Models and chips: who developed a model ("DeepSeeks Modell R1", "das o1-Modell von OpenAI",
 * "Llama von Meta", "Google Gemini", "X hat R1 vorgestellt"), what it is based on ("das auf V3
 * basierende R1", "R1, built on V3"), what it was trained on ("trained on 2,048 Nvidia H800 GPUs") and
 * who makes a chip ("Nvidia H800", "H800 von Nvidia").
 */
final class ModelRules {
    /**
     * "Jais, an Arabic-language model from G42 subsidiary Inception", "GitHub Copilot, the coding assistant from Microsoft's
     * GitHub": the company after "from" owns the maker named next; the maker is that one.
     */
    private static boolean ownsTheMaker(SentenceView v, Ref o) {
        return v.possessive(o) || Rx.matches(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 20)),
                "\\s+(subsidiary|unit|arm|division|tochter)\\b.*");
    }

    private static final Pattern MODEL_NOUNS = Pattern.compile(
            "\\s*((ki-|ai-|sprach|open-source-|neue[snm]? |new |latest |jüngste[snm]? |neueste[snm]? )*"
            // "Googles Musikmodell Lyria": a German compound model noun.
            + "(\\p{L}*modells?|model|chatbot|llm|system|assistent|assistant|reasoning-modell|reasoning model)\\s+)?");
    private static final Pattern VON_ORG = Pattern.compile(
            "(-?(ki-)?(modell|modells|model|chatbot|llm))?\\s+(von|vom|from|by|developed by|entwickelt von|made by|"
            + "des unternehmens|der firma)\\s+((dem|der|den|the|us-|us|amerikanischen|chinesischen|chinese|american|"
            + "start-up|startup|unternehmen|konzern|company|firm)\\s+){0,2}"
            // "Gemma is developed by Google DeepMind", "Bielik wurde von SpeakLeash entwickelt" (the verb after is not asked).
            + "|\\s+(is|was|are|were|has been|had been)\\s+(developed|built|made|created|released)\\s+(by)\\s+((the)\\s+)?"
            + "|\\s+(des|der)\\s+(\\S+\\s+)?(start-ups?|startups?|unternehmens|konzerns|labors|anbieters|entwicklers|"
            + "herstellers|firma|ki-labors|ki-start-ups?|ki-unternehmens|tech-konzerns|softwarekonzerns)\\s+");
    /** "X stammt von Y", "X aus dem Hause Y", "X comes from Y", "X, das neue Modell von Y", "X, a model from Y". */
    private static final Pattern ORIGIN = Pattern.compile("(,?\\s+(stammt|stammen|stammte|kommt|kommen|kam|comes|come|came)"
            + "\\s+(auch\\s+|also\\s+|ursprünglich\\s+|originally\\s+)?(von|vom|from|aus dem hause|aus der schmiede)"
            + "|\\s+aus dem hause"
            + "|,\\s+(das|der|die|ein|eine|einem|the|a|an)\\s+((neue[snm]?|neueste[snm]?|jüngste[snm]?|new|newest|latest|"
            + "offene[snm]?|open|kostenlose[snm]?|free|eigene[snm]?|own)\\s+)?"
            // "Crease-1, a generative design model built by Foldline Labs": up to two words of kind, and the maker's participle.
            + "((?!(von|vom|from|by|des|der|and|und)\\s)[\\p{L}-]+\\s+){0,2}?(ki-|ai |open-source-|open-weight |sprach|language |"
            + "reasoning-|reasoning )?(modell|model|chatbot|llm|assistent|assistant)\\s+((built|developed|made|created|designed|"
            + "entwickelt|gebaut)\\s+)?(von|vom|from|by|des|der))"
            + "\\s+((dem|der|den|des|the)\\s+)?(([\\p{L}-]+\\s+){0,2}(start-ups?|startups?|unternehmens?|konzerns?|labors?|"
            + "company|firm|lab|ki-start-ups?|ki-firma|ki-labors?)\\s+|(us-|chinesischen|französischen|chinese|french|american|"
            + "amerikanischen)\\s*)?");
    /** "das OpenAI-Modell X", "der Anthropic-Chatbot X": the maker glued to the model noun before the name. */
    private static final Pattern COMPOUND = Pattern.compile("-(ki-)?(modell|sprachmodell|chatbot|model|llm|reasoning-modell|"
            + "modelle|modellreihe|modellfamilie)\\s+");
    /** After the maker in "X, Y's latest model,": the possessive and the model noun. */
    private static final Pattern LATEST_MODEL = Pattern.compile("('s|s|')\\s+((new|newest|latest|own|first|next|flagship|"
            + "most advanced|cheapest|open|open-weight|open-source|neue[snmr]?|neueste[snmr]?|jüngste[snmr]?|erste[snmr]?|"
            + "eigene[snmr]?)\\s+)*"
            + "((ai|ki|language|reasoning|coding|frontier|flagship)[- ])?(model|modell|chatbot|llm|assistant|assistent)\\b.*");
    private static final Pattern WHOSE = Pattern.compile(",\\s+(dessen|deren|whose)\\s+((neue[sn]?|new|latest|ki-)?"
            + "(modell|model|ki-modell|chatbot|sprachmodell)\\s+)?");
    private static final Pattern MAKER_SUFFIX = Pattern.compile(
            "(-entwickler|-erfinder|-hersteller|-macher|-anbieter|-mutter| maker| developer| creator| parent)\\s+.*");
    private static final Pattern OWN = Pattern.compile("\\s*(sein|ihr|its|seine|ihre|their)\\s+(eigenes?|eigenen|own)\\s+");
    private static final String[] LAUNCH = {"veröffentlich", "vorgestellt", "stellte", "lanciert", "präsentiert",
            "released", "launched", "unveiled", "introduced", "rolled out", "brachte", "herausgebracht", "entwickelt",
            "developed", "vorankündigung", "angekündigt", "kündigte", "announced", "unveils", "releases", "launches",
            "shipped", "ships", "debuted", "publish", "veröffentlicht", "präsentierte", "introduces"};
    private static final String[] ANAPHOR = {"es ", "das unternehmen", "the company", "it ", "the startup",
            "das startup", "die firma", "the firm", "der konzern"};
    private static final String[] TRAIN = {"trainiert", "training", "trained", "train ", "lernprozess", "baute",
            "aufgebaut", "built on", "built using", "trainings", "fine-tuned", "feinabgestimmt", "feinjustiert"};
    /** The cues that say a model was trained, not only that a chip is good at training ("training performance"). */
    private static final String[] TRAIN_VERBS = {"trainiert", "trained", "train ", "lernprozess", "baute",
            "aufgebaut", "built on", "built using", "fine-tuned", "feinabgestimmt", "feinjustiert"};
    private static final int TRAIN_LOOKBACK = 8;
    /** "customers can train models on Trainium2", "Kunden trainieren ihre Modelle auf": any model, not the one named before. */
    private static final java.util.regex.Pattern GENERIC_TRAINING = java.util.regex.Pattern.compile("\\b(train|trains|training|"
            + "trainieren|trainiert)\\s+((their|its|own|new|larger|large|frontier|ai|language|generative|ihre|eigene|eigenen|neue|"
            + "große|größere)\\s+){0,3}(models|llms|ai|modelle|ki-modelle|sprachmodelle)\\b|\\b(models|modelle|ki-modelle|"
            + "sprachmodelle)\\s+(zu\\s+)?trainieren\\b");

    void apply(SentenceView v, RelationSink sink) {
        boolean models = v.hasType(EntityType.AI_MODEL), chips = v.hasType(EntityType.CHIP);
        if (models) {
            developer(v, sink);
            basedOn(v, sink);
            if (v.hasType(EntityType.ORGANIZATION) && v.hasAny("gemeinsam mit", "zusammen mit", "built with", "developed with",
                    "created with", "built together with", "developed together with", "co-developed with")) codeveloped(v, sink);
        }
        if (chips) {
            maker(v, sink);
            if (v.hasAny(TRAIN)) trainedOn(v, sink);
        }
    }

    /** Before the model: "sein gemeinsam mit OpenAI entwickelter „Klarna AI Assistant“". */
    private static final Pattern CODEVELOPED_BEFORE = Pattern.compile(".*\\b(gemeinsam|zusammen) mit\\s+$");
    private static final Pattern CODEVELOPED_PARTICIPLE = Pattern.compile("\\s+(entwickelte[nmrs]?|gebaute[nmrs]?|erstellte[nmrs]?)"
            + "\\s*[„\"»]?\\s*$");
    /** After the model: "FreshAI, einen Sprachassistenten, den Wendy's gemeinsam mit Google Cloud entwickelt hat", "a voice assistant it built with Google". */
    private static final Pattern CODEVELOPED_AFTER = Pattern.compile("[^;.]{0,80}?\\b((gemeinsam|zusammen) mit|(built|developed|created|"
            + "co-developed)\\s+(together\\s+)?with)\\s+((the|dem|der)\\s+)?$");
    private static final Pattern CODEVELOPED_AFTER_VERB = Pattern.compile("\\s+(entwickelt|gebaut|erstellt)\\b.*");

    /**
     * A partner who built the model with its owner: "sein gemeinsam mit OpenAI entwickelter Klarna AI Assistant",
     * "FreshAI, einen Sprachassistenten, den Wendy's gemeinsam mit Google Cloud entwickelt hat", "FreshAI, a voice
     * assistant it built with Google".
     */
    private void codeveloped(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (Ref m : v.of(EntityType.AI_MODEL)) {
            for (Ref o : orgs) {
                if (o.end() <= m.start() && m.start() - o.end() < 40) {
                    String before = v.gap(Math.max(v.sentence.start(), o.start() - 30), o.start());
                    if (CODEVELOPED_BEFORE.matcher(before).matches() && CODEVELOPED_PARTICIPLE.matcher(v.gap(o.end(), m.start())).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, KnownFactRules.CO_DEVELOPED, 0.7);
                    }
                } else if (o.start() >= m.end() && o.start() - m.end() < 100 && !v.typeBetween(m.end(), o.start(), EntityType.AI_MODEL)) {
                    String between = v.gap(m.end(), o.start());
                    boolean german = between.contains("mit ");
                    if (CODEVELOPED_AFTER.matcher(between).matches() && (!german
                            || CODEVELOPED_AFTER_VERB.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 20))).matches())) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, KnownFactRules.CO_DEVELOPED, 0.7);
                    }
                }
            }
        }
    }

    private void developer(SentenceView v, RelationSink sink) {
        List<Ref> orgs = v.of(EntityType.ORGANIZATION);
        for (Ref m : v.of(EntityType.AI_MODEL)) {
            namePrefix(v, m, sink);
            for (Ref o : orgs) {
                if (o.end() <= m.start()) {
                    String gap = v.gap(o.end(), m.start());
                    boolean gen = SentenceView.genitiveSurface(o) || SentenceView.genitiveGap(gap);
                    String rest = SentenceView.genitiveSurface(o) ? gap : SentenceView.stripGenitive(gap);
                    String raw = SentenceView.normalise(v.text.substring(o.end(), m.start()));
                    String rawRest = SentenceView.genitiveSurface(o) ? raw : SentenceView.stripGenitive(raw);
                    if (gen && (MODEL_NOUNS.matcher(rest).matches() || modifiersOnly(rawRest))) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.possessive", 0.85);
                    } else if (WHOSE.matcher(gap).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.whose", 0.8);
                    } else if (OWN.matcher(gap).matches() || its(v, o, m, gap)) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.own", 0.8);
                    } else if (COMPOUND.matcher(gap).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.maker-compound", 0.8);
                    }
                } else if (o.start() >= m.end() && o.start() - m.end() < 60) {
                    String after = v.gap(m.end(), o.start());
                    if (o.start() - m.end() < 30 && MAKER_SUFFIX.matcher(after).matches() && !v.otherBetween(m, o)) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.maker-noun", 0.85);
                    } else if (VON_ORG.matcher(after).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.von", 0.85);
                    } else if (ORIGIN.matcher(after).matches() && !v.otherBetween(m, o) && !ownsTheMaker(v, o)) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.origin", 0.8);
                    } else if (latestModel(v, m, o, after)) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.apposition", 0.8);
                    }
                }
            }
        }
        possessiveList(v, orgs, sink);
        if (v.hasAny(OWNER_WORDS)) {
            for (Ref m : v.of(EntityType.AI_MODEL)) possessiveOwner(v, m, sink);
        }
        if (v.hasAny("namens", "called", "named", "genannt", "mit dem namen") && v.hasAny(BUILT_OR_OWN)) {
            for (Ref m : v.of(EntityType.AI_MODEL)) namedProduct(v, m, sink);
        }
        boolean launchWord = v.hasAny(LAUNCH);
        if (launchWord || !orgs.isEmpty() && v.hasAny(OWN_PRODUCT_CUES)) launch(v, orgs, launchWord, sink);
        if (v.hasAny("maker of", "developer of", "creator of", "entwickler von", "entwickler des", "hersteller von",
                "develops", "entwickelt", "which makes", "developed by", "model that", "model which")) makerOf(v, orgs, sink);
    }

    private static final Pattern MAKER_OF = Pattern.compile(",?\\s+(the |der |die |das |dem |a )?(\\S+\\s+)?(maker|developer|"
            + "creator|entwickler|hersteller|erfinder)\\s+(of|von|des|der)\\s+(the |dem |der |des |its |seines )?"
            + "((\\S+\\s+){0,2})?"
            + "|,?\\s+(which|that|die|das|der)\\s+(also |now |auch )?(develops|makes|built|builds|created|entwickelt|baut)\\s+"
            + "(the |its |die |das |den )?((\\S+\\s+){0,1})?");
    /** "das Modell ShadeMatch 2, das Chromalytics selbst entwickelt hat": the object relative and, after the maker, its verb. */
    private static final Pattern RELATIVE_OBJECT_DE = Pattern.compile(",\\s*(das|den|die|welches|welchen)\\s+((der|die|das)\\s+)?"
            + "([\\p{L}-]+\\s+)?");
    private static final Pattern RELATIVE_BUILT_DE = Pattern.compile("\\s+((selbst|eigens|intern|bereits|seit \\d{4}|\\d{4})\\s+)*"
            + "(entwickelt|gebaut|trainiert|entworfen|programmiert)\\s+(hat|hatte|haben|hatten)\\b.*");
    /** "SortMind, ein von Kuaifen entwickeltes Modell": the participle before its noun, the maker after "von". */
    private static final Pattern ATTRIBUTIVE_VON = Pattern.compile(",\\s+(ein|eine|einem|das|der|die|dem)\\s+(eigens\\s+|gemeinsam\\s+)?"
            + "(von|vom)\\s+((dem|der|den)\\s+)?([\\p{L}-]+\\s+){0,2}?");
    private static final Pattern ATTRIBUTIVE_PARTICIPLE = Pattern.compile("\\s+((selbst|eigens|intern)\\s+)?(entwickelte[snmr]?|gebaute[snmr]?|"
            + "trainierte[snmr]?|erstellte[snmr]?)\\b.*");
    /** "TimesFM, a time-series foundation model that Google published last year": the maker inside the apposition's clause. */
    private static final Pattern MODEL_THAT = Pattern.compile(",\\s+(a|an|the)\\s+[^,;()]{0,50}?\\b(model|llm|assistant|chatbot)\\s+(that|which)\\s+");
    private static final Pattern MADE_AFTER = Pattern.compile("\\s+((has|had)\\s+)?(published|released|built|developed|trained|launched|"
            // "an in-house forecasting model that AB InBev fine-tuned from GPT-4o".
            + "open-sourced|unveiled|introduced|created|makes|offers|fine-tuned|finetuned|adapted)\\b.*");
    private static final Pattern DEVELOPED_BY_WORDS = Pattern.compile(
            ",?\\s+(developed|built|created|made|trained|entwickelt|gebaut)\\s+(by|von)\\s+((the|der|die|dem|des)\\s+)?([\\p{L}'-]+\\s+){0,4}");

    /** "Anthropic, the maker of the Claude chatbot", "DeepMind, which develops the Gemini models", "Qwen, developed by the company's unit X". */
    private void makerOf(SentenceView v, List<Ref> orgs, RelationSink sink) {
        for (Ref m : v.of(EntityType.AI_MODEL)) {
            for (Ref o : orgs) {
                if (o.end() <= m.start() && m.start() - o.end() < 70 && !v.otherBetween(o, m)) {
                    if (MAKER_OF.matcher(v.gap(o.end(), m.start())).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.maker-of", 0.8);
                    }
                } else if (o.start() >= m.end() && o.start() - m.end() < 70 && !v.otherBetween(m, o)) {
                    if (DEVELOPED_BY_WORDS.matcher(v.gap(m.end(), o.start())).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.developed-by", 0.8);
                    } else if (RELATIVE_OBJECT_DE.matcher(v.gap(m.end(), o.start())).matches()
                            && RELATIVE_BUILT_DE.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 40))).matches()) {
                        // "das Modell ShadeMatch 2, das Chromalytics selbst entwickelt hat": the maker in the object relative.
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.relative-built", 0.8);
                    } else if (ATTRIBUTIVE_VON.matcher(v.gap(m.end(), o.start())).matches()
                            && ATTRIBUTIVE_PARTICIPLE.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 30))).matches()) {
                        // "SortMind, ein von Kuaifen entwickeltes Modell": the participle before its noun.
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.developed-by-attributive", 0.8);
                    } else if (MODEL_THAT.matcher(v.gap(m.end(), o.start())).matches()
                            && MADE_AFTER.matcher(v.gap(o.end(), Math.min(v.sentence.end(), o.end() + 30))).matches()) {
                        sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.model-that", 0.75);
                    }
                }
            }
        }
    }

    private static final String[] OWNER_WORDS = {"its ", "their ", "sein", "ihr"};

    /** Words that make a product named in the sentence the subject's own: it built it, or it is its own. */
    // "Vertiqa's main product is a language model called Nosto": the company's product.
    private static final String[] BUILT_OR_OWN = {"eigen", " own", "entwickelt", "gebaut", "built", "developed", "trainiert",
            "trained", "created", "geschaffen", "main product", "hauptprodukt", "product is", "produkt ist"};
    /** A model noun, then "namens"/"called" right before the name: "einen Assistenten namens Hanna", "a model of its own, called Cubby". */
    private static final Pattern NAMED_AFTER_NOUN = Pattern.compile("(?s).*\\b[\\p{L}-]*(modell|model|assistenten|assistent|assistant|"
            + "chatbot|agenten|agent|bot|tool)\\s*(of (its|their) own\\s*)?,?\\s*(namens|called|named|genannt|mit dem namen)\\s*[„\"«»“]?\\s*$");

    /**
     * "Für den Vertrieb hat die IT von Heidelberg Materials einen Assistenten namens Hanna entwickelt", "Der Strabag-Konzern
     * setzt auf einen Chatbot namens Polier, den die eigene IT entwickelt hat", "Kindred Cub runs a small model of its own,
     * called Cubby": a product named after a model noun, in a sentence that says it was built or is the company's own, is
     * the sentence's company's: the first named before it, or the one the sentence before opens with after "Der Konzern".
     */
    private void namedProduct(SentenceView v, Ref m, RelationSink sink) {
        if (!NAMED_AFTER_NOUN.matcher(v.gap(Math.max(v.sentence.start(), m.start() - 70), m.start())).matches()) return;
        Ref o = v.first(EntityType.ORGANIZATION);
        if (o != null && o.start() < m.start()) {
            sink.add(v, m, Predicate.DEVELOPED_BY, o, "model.named-product", 0.7);
            return;
        }
        String opening = v.gap(v.sentence.start(), Math.min(v.sentence.end(), v.sentence.start() + 20));
        for (String a : ANAPHOR) {
            if (opening.startsWith(a)) {
                Ref prev = v.previousSubject(EntityType.ORGANIZATION);
                if (prev != null) sink.add(v, m.id(), Predicate.DEVELOPED_BY, prev.id(), null, null, null, null, v.sentence.start(), m.end(),
                        "model.named-product-anaphor", 0.6);
                return;
            }
        }
    }
    private static final java.util.regex.Pattern MODEL_LIST_LINK = java.util.regex.Pattern.compile("\\s*(,|and|und|sowie|, and)\\s*");
    private static final java.util.regex.Pattern PLURAL_MODEL_NOUN = java.util.regex.Pattern.compile("(?iu)\\s+((ai|ki|language|video|"
            + "image|open)[\\s-])?(models|modelle|sprachmodelle|ki-modelle)\\b.*", java.util.regex.Pattern.DOTALL);

    /**
     * "Google's Gemini, Imagen 3 and Veo 2 models", "Metas Llama- und Emu-Modelle": a list of models right after the
     * maker's possessive, closed by a plural model noun, is the maker's.
     */
    private static void possessiveList(SentenceView v, List<Ref> orgs, RelationSink sink) {
        List<Ref> models = v.of(EntityType.AI_MODEL);
        for (int k = 0; k + 1 < models.size(); k++) {
            Ref first = models.get(k);
            Ref owner = null;
            for (Ref o : orgs) {
                if (o.end() <= first.start() && first.start() - o.end() <= 4
                        && (SentenceView.genitiveSurface(o) || SentenceView.genitiveGap(v.gap(o.end(), first.start())))) owner = o;
            }
            if (owner == null) continue;
            int j = k;
            while (j + 1 < models.size() && MODEL_LIST_LINK.matcher(v.gap(models.get(j).end(), models.get(j + 1).start())).matches()
                    && models.get(j + 1).equals(v.refAfter(models.get(j).end()))) j++;
            if (j == k || !PLURAL_MODEL_NOUN.matcher(v.gap(models.get(j).end(), Math.min(v.sentence.end(), models.get(j).end() + 40))).matches()) {
                continue;
            }
            for (int n = k; n <= j; n++) sink.add(v, models.get(n), Predicate.DEVELOPED_BY, owner, "model.possessive-list", 0.8);
            k = j;
        }
    }

    /** A possessive determiner and a model noun right before the name: "its own model, X", "Sein hauseigenes Modell X". */
    private static final Pattern OWNED_MODEL_NOUN = Pattern.compile(".*\\b(its|their|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem)\\s+"
            + "((own|new|latest|first|eigenes|eigene|eigenen|hauseigenes|hauseigene|hauseigenen|neues|neue|neuen)\\s+)?"
            + "([\\p{L}-]+\\s+)?(model|modell|chatbot|assistant|assistent|assistenten|agent|agenten|bot|sprachmodell|ki-modell|"
            + "ki-assistenten|ki-assistent)\\s*,?\\s*$");

    /**
     * "Stillframe raised a seed round … and has trained its own model, Marlowe-1", "Das Start-up X trainiert sein Modell Y",
     * "Sein hauseigenes Modell Funke-2 wurde …", "Its chatbot AI Maya sells …": a model the lexicon does not know, owned by
     * a possessive, is the product of the company the clause is about: the sentence's subject, or, when the sentence opens
     * with the possessive, the company the sentence before (or the one before that) opens with.
     */
    private static void possessiveOwner(SentenceView v, Ref m, RelationSink sink) {
        if (m.entity().linked() || !sink.objectsOf(m.id(), Predicate.DEVELOPED_BY).isEmpty()) return;
        String before = v.gap(Math.max(v.sentence.start(), m.start() - 70), m.start());
        if (!OWNED_MODEL_NOUN.matcher(before).matches()) return;
        Ref owner = null;
        List<Ref> here = v.index.in(v.index());
        if (!here.isEmpty() && here.get(0).start() < m.start() && here.get(0) != m) {
            Ref first = here.get(0);
            if (first.is(EntityType.ORGANIZATION) && !v.possessive(first)
                    && Words.in(v.text, v.sentence.start(), first.start()).size() <= 3) owner = first;
        } else {
            for (int s = v.index() - 1; s >= Math.max(0, v.index() - 2) && owner == null; s--) {
                List<Ref> refs = v.index.in(s);
                if (refs.isEmpty()) continue;
                Ref first = refs.get(0);
                if (first.is(EntityType.ORGANIZATION)) owner = first;
                break;
            }
        }
        if (owner != null && !owner.id().equals(m.id())) {
            sink.add(v, m.id(), Predicate.DEVELOPED_BY, owner.id(), null, null, null, null, m.start(), m.end(),
                    "model.possessive-owner", 0.6);
        }
    }

    /** "Claude 3.7, Anthropic's latest model,": the maker's possessive in an apposition right after the model. */
    private static boolean latestModel(SentenceView v, Ref m, Ref o, String after) {
        if (!Rx.matches(after, ",\\s*(the\\s+|der\\s+|des\\s+)?") || v.otherBetween(m, o)) return false;
        int end = Math.min(v.sentence.end(), o.end() + 50);
        String tail = SentenceView.genitiveSurface(o) ? "'s" + v.gap(o.end(), end) : v.gap(o.end(), end);
        return LATEST_MODEL.matcher(tail).matches();
    }

    /** "DeepSeek has shaken investors with its low-cost R1 model": the organisation is the clause's subject. */
    private static boolean its(SentenceView v, Ref o, Ref m, String gap) {
        if (gap.length() > 90 || v.otherBetween(o, m) || gap.indexOf(';') >= 0 || gap.contains(" und ") || gap.contains(" and ")) {
            return false;
        }
        int at = Math.max(gap.lastIndexOf(" its "), Math.max(gap.lastIndexOf(" seine"), gap.lastIndexOf(" ihre")));
        if (at < 0) return false;
        String rest = SentenceView.normalise(v.text.substring(o.end() + at + 1, m.start()));
        int sp = rest.indexOf(' ');
        return sp > 0 && modifiersOnly(rest.substring(sp + 1));
    }

    /** "Metas offene", "Meta's own", "Meta's next model,": at most three lower-case words before the model. */
    private static boolean modifiersOnly(String gap) {
        String g = gap.strip();
        if (g.endsWith(",")) g = g.substring(0, g.length() - 1).strip();
        if (g.isEmpty()) return true;
        String[] ws = Words.SPACES.split(g);
        if (ws.length > 3) return false;
        for (String w : ws) {
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) && !Rx.matches(w, "(ki|ai)-\\p{L}+")) return false;
            if (Words.ARTICLES.contains(w) || SpeechCues.VERBS.contains(w) || w.equals("und") || w.equals("and")) return false;
        }
        return true;
    }

    /** "DeepSeek R1", "DeepSeek-V3", "OpenAI o1": a model named after its maker. */
    private void namePrefix(SentenceView v, Ref m, RelationSink sink) {
        String org = v.index.prefixOrg(m.mention().surface());
        if (org != null) {
            sink.add(v, m.id(), Predicate.DEVELOPED_BY, org, null, null, null, null, m.start(), m.end(), "model.name-prefix", 0.75);
        }
    }

    /** "X hat R1 vorgestellt", "X released R1", "…, als es mit V2 und V3 KI-Anwendungen lancierte". */
    private void launch(SentenceView v, List<Ref> orgs, boolean launchWord, RelationSink sink) {
        List<Ref> models = v.of(EntityType.AI_MODEL);
        if (orgs.isEmpty()) {
            Ref subject = v.previousSubject(EntityType.ORGANIZATION);
            if (subject == null || !v.hasAny(ANAPHOR)) return;
            for (Ref m : models) {
                sink.add(v, m.id(), Predicate.DEVELOPED_BY, subject.id(), null, null, null, null, m.start(), m.end(),
                        "model.launch-anaphor", 0.55);
            }
            return;
        }
        for (Ref m : models) {
            Ref best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Ref o : orgs) {
                Ref a = o.start() < m.start() ? o : m, b = a == o ? m : o;
                if (v.typeBetween(a.end(), b.start(), EntityType.ORGANIZATION)) continue;
                if (v.typeBetween(a.end(), b.start(), EntityType.PERSON)) continue;
                int d = b.start() - a.end();
                if (d < bestDist && d < 90) { bestDist = d; best = o; }
            }
            if (best == null) continue;
            // A model named before its maker needs verb-second inversion ("R1, hat DeepSeek … vorgestellt").
            if (m.end() <= best.start() && !Rx.matches(v.gap(m.end(), best.start()), "\\s*,?\\s*(hat|hatte|haben|will|wollte|soll|has|had)\\s+")) {
                continue;
            }
            // "ein von Kuaifen entwickeltes Modell, das auf Qwen 2.5 basiert": the model a product is based on is not launched.
            if (best.end() <= m.start() && Rx.matches(v.gap(best.end(), m.start()), ".*\\b(auf|based on|built on|on top of)\\s+$")) continue;
            int from = Math.min(best.start(), m.start()), to = Math.min(v.sentence.end(), Math.max(best.end(), m.end()) + 40);
            String window = v.gap(from, to);
            boolean launched = launchWord && Prefilter.containsAny(window, LAUNCH);
            if (launched) sink.add(v, m, Predicate.DEVELOPED_BY, best, "model.launch", 0.7);
            // "Bumble already uses a tool called Deception Detector", "Hinge has rolled out Prompt Feedback", "Garmin charges
            // for summaries it calls Active Intelligence": a product the lexicon does not know, used or offered by the
            // company the clause opens with, is its own. A known model keeps its known maker ("Snap uses Gemini").
            if (!launched && !m.entity().linked() && best.start() < m.start()
                    && OWN_PRODUCT_VERB.matcher(v.gap(best.end(), m.start())).matches()) {
                sink.add(v, m, Predicate.DEVELOPED_BY, best, "model.own-product", 0.65);
            }
        }
    }

    private static final String[] OWN_PRODUCT_CUES = {"uses", "offers", "sells", "testing", "tests", "built", "added", "calls",
        "answered with", "bietet", "nutzt", "testet", "setzt", "verkauft", " hat "};
    private static final Pattern OWN_PRODUCT_VERB = Pattern.compile("('s)?\\s+((already|now|also|itself|selbst|bereits|nun|jetzt|"
            + "inzwischen)\\s+)*(uses|offers|sells|is testing|tests|has built|built|has added|added|calls|answered with|"
            + "has answered with|bietet|nutzt|testet|setzt|verkauft|hat)\\b[^,;.]{0,80}$");

    /**
     * What may stand between a building verb and its base: an article, the base's owner ("OpenAI's", "Googles"), open or
     * in-house adjectives and a model noun: "built on Meta's Llama 3.1", "runs on a version of Google's open Gemma
     * model", "baut auf dem offenen Sprachmodell Y auf", "is based on Meta's open vision model Y".
     */
    private static final String BASE_LEAD = "(the |dem |der |den |des |its |an? |seines |seinem |ihres |their |einer |eines |einem )?"
            // "built on Mistral AI's open Mistral Small 3": an owner of two words too.
            + "((?:[\\p{L}\\d.&-]+ )?[\\p{L}\\d.&-]+(?:'s?|s) )?((open|open-source|open-weight|offenen|quelloffenen|hauseigenen|eigenen|own|in-house|"
            + "proprietary|latest|neuesten|large|small|reasoning|multimodal|frontier|"
            // "is based on Microsoft's compact Phi-3 model".
            + "compact|lightweight|tiny|popular|older|earlier|smaller|"
            // "baut auf dem ursprünglichen Codestral auf": a German adjective of the base.
            + "\\p{Ll}+(?:en|es|er)) )*"
            // "auf dem offenen Strukturmodell Boltz-1": a compound model noun.
            + "(([\\p{L}'-]+ ){0,2}([\\p{L}-]*modell|model|llm|vision model|language model) )?$";

    /** "X is built on top of Y", "X ist eine Weiterentwicklung von Y", "X, a fine-tuned version of Y", "X beruht auf Y". */
    private static final Pattern DERIVED_FROM = Pattern.compile(".*\\b(on top of|built upon|builds upon|(a|an|eine|einer) (version|variante) (of|von)|"
            + "based upon|beruht auf|beruhen auf|fußt auf|fußen auf|auf (der )?(basis|grundlage) (von|des|der)|"
            + "(fine-tuned|finetuned|feinabgestimmte|feinjustierte|distilled|destillierte|quantized|quantisierte|modified|"
            + "angepasste|abgewandelte|abgespeckte|slimmed-down|trimmed-down|smaller|kleinere|customi[sz]ed|optimi[sz]ed|"
            + "optimierte|verkleinerte|erweiterte|spezialisierte) (version|variante|variant|fassung|ausgabe) (of|von|des|der)|"
            + "weiterentwicklung (von|des|der)|weiterentwickelte (version|fassung|variante) (von|des|der)|"
            + "ableger (von|des|der)|offshoot of) " + BASE_LEAD);

    /** The verb test's first expression and {@link #DERIVED_FROM} cannot match without one of these. */
    private static final String[] BASED_ON_WORDS = {"based on", "built on", "builds on", "basiert auf", "basiere auf", "basieren auf",
        "basiert laut ", "basiert nach ", "baut ", "setzt auf",
        "aufbauend auf", "runs on", "run on", "running on", "derived from", "abgeleitet von", "fine-tuned from", "distilled from", "destilliert aus",
        "basierend auf", "draws on", "draw on", "drawing on"};
    private static final String[] DERIVED_FROM_WORDS = {"buil", "on top of", "based upon", "beruh", "fuß", "basis", "grundlage",
        "version", "variant", "fassung", "ausgabe", "weiterentwick", "ableger", "offshoot"};

    /** "das auf V3 basierende R1", "R1, einem auf V3 basierenden Chatbot", "R1, built on V3", "R1 basiert auf V3". */
    private void basedOn(SentenceView v, RelationSink sink) {
        if (!v.hasAny("basier", "based on", "built on", "builds on", "baut auf", "aufbauend auf", "derived from",
                "abgeleitet", "fine-tuned", "distilled from", "destilliert", "aufsetzt", "setzt auf", "beruht", "on which",
                "weiterentwick", "version of", "variant of", "version von", "version des", "variante", "fassung", "ableger", "offshoot", "auf basis", "auf der basis",
                "grundlage", "aufbaut", "fußt", "beruhen", "aufbauen", "on top of", "runs on", "run on", "running on", "baut ",
                "draws on", "draw on", "drawing on")) return;
        List<Ref> models = v.of(EntityType.AI_MODEL);
        for (int i = 0; i < models.size(); i++) {
            Ref base = models.get(i);
            // Sixty characters: "baut nach Firmenangaben auf dem offenen Strukturmodell Y" puts the verb far from its base.
            String before = v.gap(Math.max(v.sentence.start(), base.start() - 60), base.start());
            String after = v.gap(base.end(), Math.min(v.sentence.end(), base.end() + 70));
            boolean participle = before.endsWith("auf ") && Rx.matches(after, "\\s*(-\\w+\\s+)?basierende?[nmrs]?\\b.*");
            // Every expression of the verb test ends in a literal space, so a gap without one skips them all.
            // "basiere auf" (reported), "basiert laut Lena Hartmann auf", "basiert nach Angaben von X auf": the source between.
            boolean verb = before.endsWith(" ") && (Prefilter.containsAny(before, BASED_ON_WORDS) && Rx.matches(before, ".*\\b(based on|built on|builds on|"
                    + "basier(t|e|en) ((laut|nach|nach angaben von) [\\p{L}-]+( [\\p{L}-]+)? )?auf|"
                    // "baut nach Firmenangaben auf dem Modell Y auf": words between the verb and its "auf".
                    + "baut ([\\p{L}-]+ ){0,3}?auf|setzt auf|aufbauend auf|"
                    + "derived from|abgeleitet von|fine-tuned from|distilled from|destilliert aus|basierend auf|runs on|run on|running on|"
                    + "draws on|draw on|drawing on) " + BASE_LEAD)
                    || Prefilter.containsAny(before, DERIVED_FROM_WORDS) && DERIVED_FROM.matcher(before).matches()
                    || verbLast(before, after) || invertedVerb(v, models, i));
            if (!participle && !verb) {
                relativeBase(v, models, i, sink);
                continue;
            }
            Ref derived = participle ? derivedAround(v, models, i) : previousModel(v, models, i);
            // "A is built on B, and C is derived from D": the verb belongs to the clause of a model not found.
            if (!participle && derived != null && Rx.matches(v.gap(derived.end(), base.start()),
                    ".*(;|, (and|und|while|während|but|aber|doch|whereas|wobei) ).*")) derived = null;
            if (derived != null) {
                sink.add(v, derived, Predicate.BASED_ON, base, "model.based-on", 0.8);
            } else if (!participle && i == 0 && (derived = anaphoricModel(v, base)) != null) {
                // "Das System baut auf Mistral Small 3.1 auf", "It is built on Llama 3": the model the sentences before named.
                sink.add(v, derived.id(), Predicate.BASED_ON, base.id(), null, null, null, null, v.sentence.start(), base.end(),
                        "model.based-on-anaphor", 0.6);
            }
        }
    }

    // "Technisch setzt E.L.Y. auf GPT-4o auf": "setzt … auf" too.
    private static final Pattern INVERTED_VERB_BEFORE = Pattern.compile("(?s).*\\b(basiert|basierte|beruht|beruhte|baut|baute|fußt|setzt|setzte)\\s+$");
    private static final Pattern AUF_BEFORE_BASE = Pattern.compile("\\s+(\\S+\\s+)?auf\\s+" + BASE_LEAD);

    /** "Nach Angaben von DeepSeek basiert R1 auf dem Basismodell V3": the verb before the derived model, "auf" before the base. */
    private static boolean invertedVerb(SentenceView v, List<Ref> models, int i) {
        if (i == 0) return false;
        Ref derived = models.get(i - 1), base = models.get(i);
        if (derived.id().equals(base.id())) return false;
        return AUF_BEFORE_BASE.matcher(v.gap(derived.end(), base.start())).matches()
                && INVERTED_VERB_BEFORE.matcher(v.gap(Math.max(v.sentence.start(), derived.start() - 20), derived.start())).matches();
    }

    /** A sentence that opens with a pronoun or a product noun for a model named before: "Es", "Das System", "The model". */
    private static final Pattern MODEL_ANAPHOR = Pattern.compile("\\s*(es|it|das system|das modell|der assistent|der agent|"
            + "die software|das werkzeug|das tool|the system|the model|the assistant|the agent|the tool|the software)\\s.*");
    /** A verb of building on a base before the model, in its clause: "baut auf dem offenen Modell Y", "was built on Y". */
    private static final Pattern BASE_VERB_BEFORE = Pattern.compile("(?s).*\\b(baut|bauen|setzt|setzen|basiert|basieren|beruht|"
            + "beruhen|fußt|based|built|builds|fine-tuned|finetuned|distilled|version|variante|variant|weiterentwicklung)\\b[^,;]*");

    /** The model an anaphoric sentence speaks of: the last one named in the two sentences before, not the base itself. */
    private static Ref anaphoricModel(SentenceView v, Ref base) {
        if (!MODEL_ANAPHOR.matcher(v.gap(v.sentence.start(), base.start()).toLowerCase(java.util.Locale.ROOT)).matches()) return null;
        Ref m = v.index.lastBefore(v.index(), EntityType.AI_MODEL, 2);
        return m == null || m.id().equals(base.id()) ? null : m;
    }

    /** The model at m is the base a verb before it builds on ("Es setzt auf dem Modell Y auf und wurde … trainiert"). */
    private static boolean baseObject(SentenceView v, Ref m) {
        return BASE_VERB_BEFORE.matcher(v.gap(v.sentence.start(), m.start()).toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /** "X, das auf Y basiert", "X soll auf Y beruhen": the verb after the base, the derived model before it. */
    private static boolean verbLast(String before, String after) {
        if (!before.contains("auf")) return false; // both expressions on it need the word
        // "V3, auf dem R1 aufsetzt": a relative "auf dem" makes the model before it the base (relativeBase).
        if (Rx.matches(before, ".*[,;(–]\\s*auf\\s+(dem|der|denen|welchem|welcher)\\s+$")) return false;
        // "der auf den hauseigenen Llama-Modellen aufbaut", "der auf GPT-4 von OpenAI aufbaut".
        // "das auf Metas Llama 3.1 basiert": the maker's genitive before the base.
        // "das auf Metas offenem Modell Llama 3.1 basiert": a dative adjective too.
        return Rx.matches(before, ".*\\bauf (dem |der |des |den )?([\\p{L}\\d.-]+s )?((offenen|quelloffenen|hauseigenen|eigenen|neuesten|"
                + "\\p{Ll}+(?:en|es|er|em)) )?"
                + "(([\\p{L}-]+-)?(modell|sprachmodell|basismodell) )?$")
                // "auf Mistral Small vom französischen KI-Entwickler Mistral AI basiert": the maker described, up to four words.
                && Rx.matches(after, "(-?(modell|modelle|modellen|modells))?(\\s+(von|vom|des|der) ([\\p{L}\\d.&-]+ ){0,3}[\\p{L}\\d.&-]+)?"
                + "\\s*(basiert|basieren|basierte|beruht|beruhen|beruhte|aufbaut|aufbauen|aufsetzt|aufsetzen|"
                + "fußt|fußen)\\b.*");
    }

    /** "V3, auf dem R1 aufsetzt", "V3, the base model on which R1 was built". */
    private static void relativeBase(SentenceView v, List<Ref> models, int i, RelationSink sink) {
        Ref base = models.get(i);
        for (int k = i + 1; k < models.size(); k++) {
            Ref derived = models.get(k);
            if (derived.start() - base.end() > 90) return;
            String gap = v.gap(base.end(), derived.start());
            if (!Rx.matches(gap, ",[^,;]*\\b(auf dem|auf welchem|on which|upon which)\\b[^,;]*")) continue;
            String after = v.gap(derived.end(), Math.min(v.sentence.end(), derived.end() + 25));
            if (Rx.matches(after, "\\s*(\\S+\\s+)?(aufsetzt|aufbaut|beruht|basiert|was built|is built|is based|was based|builds|was trained)\\b.*")) {
                sink.add(v, derived, Predicate.BASED_ON, base, "model.based-on-relative", 0.8);
            }
            return;
        }
    }

    /** For "auf V3 basierende": the model named next (attributive) or, in an apposition, the one before. */
    private static Ref derivedAround(SentenceView v, List<Ref> models, int i) {
        Ref base = models.get(i);
        if (i + 1 < models.size()) {
            Ref next = models.get(i + 1);
            String gap = v.gap(base.end(), next.start());
            if (next.start() - base.end() < 60 && gap.indexOf(',') < 0) return next;
        }
        Ref prev = previousModel(v, models, i);
        // "Firn-8B, eine auf Apertus basierende Variante"; the press leaves the comma out before an indefinite article
        // ("hat mit Firn-8B eine auf Apertus basierende Variante angekündigt").
        if (prev != null && (Rx.matches(v.gap(prev.end(), base.start()), "\\s*[,–-]\\s*(ein|einem|einen|eine|einer|das|dem|der|die|a|an|the)?\\b.*")
                || Rx.matches(v.gap(prev.end(), base.start()), "\\s+(ein|einem|einen|eine|einer)\\s+auf\\s+"))) {
            return prev;
        }
        return null;
    }

    private static Ref previousModel(SentenceView v, List<Ref> models, int i) {
        Ref base = models.get(i);
        for (int k = i - 1; k >= 0; k--) {
            Ref m = models.get(k);
            if (m.id().equals(base.id())) continue;
            // "ArcFrame-3 combines a geometry engine developed in-house with a language interface built on Meta's Llama 3": the
            // model that opens the sentence is its subject, however far the base.
            if (base.start() - m.end() < 80 || k == 0 && v.refs.get(0) == m && base.start() - m.end() < 140) return m;
        }
        return null;
    }

    /** "trained on 2,048 Nvidia H800 GPUs"; when the sentence names no model, the model named shortly before. */
    private void trainedOn(SentenceView v, RelationSink sink) {
        Ref model = v.first(EntityType.AI_MODEL);
        String rule = "model.trained-on";
        double conf = 0.75;
        if (model != null && baseObject(v, model)) {
            // "Das System baut auf Mistral Small 3.1 auf und wurde auf H100-Chips trainiert": the base was not trained here,
            // the system the sentences before named was; without such a subject the sentence says nothing sure.
            model = anaphoricModel(v, model);
            rule = "model.trained-on-anaphor";
            conf = 0.6;
        } else if (model == null) {
            // Without a model in the sentence, "training" alone describes the chip ("offers four times the
            // training performance"): the model named before is only meant when a verb says it was trained.
            if (!v.hasAny(TRAIN_VERBS) || GENERIC_TRAINING.matcher(v.lower).find()) return;
            model = modelOfNamedMaker(v, sink);
            if (model == null) model = v.index.lastBefore(v.index(), EntityType.AI_MODEL, TRAIN_LOOKBACK);
            rule = "model.trained-on-anaphor";
            conf = 0.55;
        }
        // "X basiert auf Llama 3.1, dem Modell von Meta. Trainiert wurde es auf H100-Chips": the model named before may be the
        // base of one the text built on it; that one, not the base, was trained here.
        String trainedId = model == null ? null : rule.endsWith("anaphor") ? derivedFrom(sink, model.id()) : model.id();
        for (Ref c : v.of(EntityType.CHIP)) {
            // "basiert R1 auf dem Basismodell V3, das mit 2.000 H800 trainiert worden ist": the relative clause's model.
            Ref trained = relativeModelBefore(v, c);
            if (trained == null && model == null) continue;
            Ref m = trained != null ? trained : model;
            Quantity q = chipCount(v, c);
            Long count = q == null ? null : (long) q.value();
            sink.add(v, trained != null ? trained.id() : trainedId, Predicate.TRAINED_ON, c.id(), null, null, count, null,
                    Math.min(c.start(), m.start()), c.end(), trained != null ? "model.trained-on-relative" : rule, trained != null ? 0.75 : conf);
        }
    }

    /** The model said to be built on the base, or the base itself when none is. */
    private static String derivedFrom(RelationSink sink, String base) {
        String derived = base;
        for (dev.aikg.model.Relation r : sink.relations()) {
            if (r.predicate() == Predicate.BASED_ON && r.object().equals(base)) derived = r.subjectId();
        }
        return derived;
    }

    private static final Pattern RELATIVE_TRAINED = Pattern.compile(",\\s*(das|der|die|which|that)\\s[^,;]*");

    /** The model a relative clause holding the chip is about: "V3, das mit … H800 … trainiert worden ist". */
    private static Ref relativeModelBefore(SentenceView v, Ref chip) {
        Ref last = null;
        for (Ref m : v.of(EntityType.AI_MODEL)) {
            if (m.end() > chip.start()) break;
            last = m;
        }
        if (last == null || !RELATIVE_TRAINED.matcher(v.gap(last.end(), chip.start())).matches()) return null;
        String rest = v.gap(chip.end(), v.sentence.end());
        int end = rest.indexOf(',');
        String clause = end < 0 ? rest : rest.substring(0, end);
        return Rx.matches(clause, "(?s).*\\b(trainiert|trained|feinabgestimmt|fine-tuned)\\b.*") ? last : null;
    }

    /** The last model before this sentence developed by an organisation this sentence names ("die Aussage von DeepSeek"). */
    private static Ref modelOfNamedMaker(SentenceView v, RelationSink sink) {
        for (int s = v.index() - 1; s >= Math.max(0, v.index() - TRAIN_LOOKBACK); s--) {
            List<Ref> l = v.index.in(s);
            for (int k = l.size() - 1; k >= 0; k--) {
                Ref m = l.get(k);
                if (!m.is(EntityType.AI_MODEL)) continue;
                for (Ref o : v.of(EntityType.ORGANIZATION)) if (sink.has(m.id(), Predicate.DEVELOPED_BY, o.id())) return m;
            }
        }
        return null;
    }

    private static Quantity chipCount(SentenceView v, Ref chip) {
        Quantity any = null;
        for (Quantity q : v.doc.quantities()) {
            if (!"chipCount".equals(q.kind()) || q.evidence().sentence() != v.index()) continue;
            if (chip.id().equals(q.subjectId())) return q;
            if (q.subjectId() == null && any == null) any = q;
        }
        return any;
    }

    /** "Nvidia H800", "Nvidias H800", "Nvidia’s H800 chips", "H800 von Nvidia", "H800-Chip sei von Nvidia entwickelt". */
    private void maker(SentenceView v, RelationSink sink) {
        for (Ref c : v.of(EntityType.CHIP)) {
            for (Ref o : v.of(EntityType.ORGANIZATION)) {
                if (o.end() <= c.start()) {
                    String gap = v.gap(o.end(), c.start());
                    if (Rx.matches(gap, "\\s*('s|s|-)?\\s*")) sink.add(v, c, Predicate.MANUFACTURED_BY, o, "chip.maker-prefix", 0.85);
                    // "the Amazon-designed Trainium chips", "its Google-built TPUs".
                    else if (Rx.matches(gap, "-(designed|built|made|developed|entwickelten?|entworfenen?)\\s+")) {
                        sink.add(v, c, Predicate.MANUFACTURED_BY, o, "chip.maker-compound", 0.8);
                    }
                    else if (c.start() - o.end() < 40 && !v.otherBetween(o, c)
                            && Rx.matches(gap, "-(chips?|gpus?|beschleunigern?|prozessoren|grafikprozessoren)\\s+(vom|des)\\s+typs?\\s+")) {
                        sink.add(v, c, Predicate.MANUFACTURED_BY, o, "chip.maker-compound", 0.8);
                    } else if (c.start() - o.end() < 40 && !v.otherBetween(o, c)
                            && (SentenceView.genitiveSurface(o) || SentenceView.genitiveGap(gap))) {
                        String raw = SentenceView.normalise(v.text.substring(o.end(), c.start()));
                        if (modifiersOnly(SentenceView.genitiveSurface(o) ? raw : SentenceView.stripGenitive(raw))) {
                            sink.add(v, c, Predicate.MANUFACTURED_BY, o, "chip.possessive", 0.8);
                        }
                    }
                // Up to 60 characters: "-Chip des kalifornischen Halbleiterherstellers " holds a noun, an adjective and the maker's noun.
                } else if (o.start() >= c.end() && o.start() - c.end() <= 60 && !v.otherBetween(c, o)) {
                    String gap = v.gap(c.end(), o.start());
                    if (Rx.matches(gap, "(-?(chips?|gpus?|prozessoren|processors)\\b)?[^,.;]*\\b(von|vom|by|from|made by)\\s+(the |dem |der )?")
                            // "Its Gaudi 3 chip, designed by Intel and manufactured by TSMC": a participle after a comma.
                            || Rx.matches(gap, "(\\s+(chips?|gpus?|processors|accelerators?))?,\\s+(designed|developed|made|built|manufactured|"
                            + "fabricated)\\s+by\\s+(the\\s+)?")
                            // "ein CV3-Chip des kalifornischen Halbleiterherstellers Ambarella": the chip's noun and an adjective.
                            || Rx.matches(gap, "(-(chips?|gpus?|prozessors?|beschleunigers?))?\\s+(des|der|of the|from the)\\s+([\\p{L}-]+\\s+)?"
                            + "([\\p{L}-]*(konzerns?|herstellers?|chipherstellers?|chipkonzerns?|chipdesigners?|company|chipmaker|maker|firm)\\s+)$")) {
                        sink.add(v, c, Predicate.MANUFACTURED_BY, o, "chip.von", 0.8);
                        // "designed by Intel and manufactured by TSMC": the foundry of a second participle makes it too.
                        Ref next = v.refAfter(o.end());
                        if (next != null && next.is(EntityType.ORGANIZATION) && next.start() - o.end() < 40
                                && Rx.matches(v.gap(o.end(), next.start()), "\\s+(and|und)\\s+(manufactured|made|fabricated|built|produced|"
                                + "gefertigt|hergestellt|produziert)\\s+(by|von|bei)\\s+(the\\s+)?")) {
                            sink.add(v, c, Predicate.MANUFACTURED_BY, next, KnownFactRules.FOUNDRY_PARTICIPLE, 0.8);
                        }
                    }
                }
            }
            chipNamePrefix(v, c, sink);
        }
    }

    private void chipNamePrefix(SentenceView v, Ref c, RelationSink sink) {
        String org = v.index.prefixOrg(c.mention().surface());
        if (org != null) {
            sink.add(v, c.id(), Predicate.MANUFACTURED_BY, org, null, null, null, null, c.start(), c.end(), "chip.name-prefix", 0.75);
        }
    }
}
