package dev.aikg.annotate.relation;

import dev.aikg.annotate.AnnotatedDocument;
import dev.aikg.annotate.Annotator;
import dev.aikg.annotate.Layer;
import dev.aikg.lexicon.Lexicon;
import dev.aikg.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Relations between the entities of a sentence, from cue words and sentence shapes (no parser): roles,
 * founders, models and chips, investments, funding rounds, spin-offs, competition, headquarters, then comments (last,
 * so that a speaker's employer is known and left out of what they comment on). Each rule checks cheap
 * trigger words before it looks closer.
 */
public final class RelationAnnotator implements Annotator {
    private final Lexicon lexicon;
    private final RoleRules roles;
    private final ChiefRules chiefs = new ChiefRules();
    private final JobMoveRules jobMoves = new JobMoveRules();
    private final InChargeRules inCharge = new InChargeRules();
    private final FounderRules founders = new FounderRules();
    private final ModelRules models = new ModelRules();
    private final InvestmentRules investments = new InvestmentRules();
    private final InvestmentPhrases investmentPhrases = new InvestmentPhrases();
    private final StakeClauses stakeClauses = new StakeClauses();
    private final FundingRules funding = new FundingRules();
    private final SpinOffRules spinOffs = new SpinOffRules();
    private final AcquisitionRules acquisitions = new AcquisitionRules();
    private final CompetitionRules competition = new CompetitionRules();
    private final CompetitionPhrases competitionPhrases = new CompetitionPhrases();
    private final HeadquartersRules headquarters;
    private final KnownFactRules knownFacts;

    public RelationAnnotator(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.roles = new RoleRules(lexicon);
        this.knownFacts = new KnownFactRules(lexicon);
        this.headquarters = new HeadquartersRules(lexicon);
    }

    @Override
    public String name() { return "relations"; }

    @Override
    public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.QUANTITIES); }

    @Override
    public Set<Layer> assigns() { return Set.of(Layer.RELATIONS); }

    @Override
    public void annotate(AnnotatedDocument doc) {
        MentionIndex index = MentionIndex.of(doc);
        RelationSink sink = new RelationSink(doc.document().id());
        List<SentenceView> views = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (index.in(s.index()).size() < 1) {
                // "Das Unternehmen hat seinen Sitz in Denver": a seat may name no company at all.
                if (HeadquartersRules.mayBeAnaphoricSeat(doc.text(), s) && !doc.isBoilerplate(s.start(), s.end())) {
                    headquarters.apply(new SentenceView(doc, index, s), sink);
                }
                continue;
            }
            if (doc.isBoilerplate(s.start(), s.end())) continue;
            SentenceView v = new SentenceView(doc, index, s);
            views.add(v);
            roles.apply(v, sink);
            chiefs.apply(v, sink);
            founders.apply(v, sink);
            chiefs.titledFounders(v, sink);
            jobMoves.apply(v, sink);
            inCharge.apply(v, sink);
            models.apply(v, sink);
            investments.apply(v, sink);
            investmentPhrases.apply(v, sink);
            stakeClauses.apply(v, sink);
            funding.apply(v, sink);
            spinOffs.apply(v, sink);
            acquisitions.apply(v, sink);
            competition.apply(v, sink);
            competitionPhrases.apply(v, sink);
            headquarters.apply(v, sink);
            knownFacts.apply(v, sink);
        }
        NamedSubsidiaries.apply(doc, index, sink);
        CommentRules comments = new CommentRules(lexicon);
        for (SentenceView v : views) comments.apply(v, sink);
        doc.relations().addAll(knownFacts.consistent(sink.relations()));
    }
}
