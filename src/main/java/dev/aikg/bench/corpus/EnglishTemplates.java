package dev.aikg.bench.corpus;

import java.util.Map;

/** English sentence templates in the register of business and tech news. Slots: see {@link SlotValues}. */
final class EnglishTemplates {
    private EnglishTemplates() { }

    static Map<Kind, String[]> texts() {
        return Map.ofEntries(
                Map.entry(Kind.HEADLINE_FUNDING, new String[] {
                        "{stem} raises {mn} as investors chase the next frontier model",
                        "Why investors are lining up behind {stem}",
                        "{investor} leads new round in {stem}",
                        "{stem} lands fresh funding to take on {rival}"}),
                Map.entry(Kind.HEADLINE_MODEL, new String[] {
                        "{newModelDev} unveils {newModel}, taking aim at {rival}",
                        "{newModel} promises cheaper coding help for developers",
                        "How good is {newModel}, really?",
                        "{newModelDev} doubles down with {newModel}"}),
                Map.entry(Kind.HEADLINE_CHIP, new String[] {
                        "{newChipMaker} bets on {newChip} to win data-center customers",
                        "{newChipMaker:gen} {newChip} promises faster, leaner AI computing",
                        "Chip wars: {newChipMaker} answers with the {newChip}"}),
                Map.entry(Kind.HEADLINE_MARKET, new String[] {
                        "{company} shares slide as investors question AI spending",
                        "Analysts at {house} turn more bullish on {company}",
                        "AI stocks sell off as {company} and {rival} tumble",
                        "{company} rallies after a strong quarter"}),
                Map.entry(Kind.HEADLINE_PEOPLE, new String[] {
                        "{ceo} says the AI build-out is only getting started",
                        "{ceoOrg} reshuffles its AI division",
                        "{stem} hires research chief from {parent}",
                        "Profile: the people behind {stem}"}),
                Map.entry(Kind.CEO, new String[] {
                        "{ceo}, the chief executive of {ceoOrg}, told analysts on {weekday} that demand for AI services still outstripped supply.",
                        "{ceoOrg} CEO {ceo} said the company would keep spending heavily on data centers.",
                        "Speaking at a conference in {city}, {ceoOrg:gen} chief executive {ceo} described the moment as an inflection point.",
                        "{ceo}, who runs {ceoOrg}, has repeatedly argued that cheaper models will expand the market rather than shrink it."}),
                Map.entry(Kind.FOUNDER, new String[] {
                        "{founder}, a co-founder of {founderOrg}, has long argued that scale alone will not deliver better models.",
                        "{founderOrg} was co-founded by {founder}, whose views still shape its research agenda.",
                        "Among the founders of {founderOrg} is {founder}, a familiar voice in these debates."}),
                Map.entry(Kind.STARTUP_FOUNDER, new String[] {
                        "{sfounder} founded {startup} in {year} after several years as a researcher at {rival}.",
                        "{startup} was founded in {year} by {sfounder}, who still runs the company as chief executive.",
                        "Founder {sfounder} said the new money would mostly go into hiring engineers.",
                        "{sfounder}, the founder and CEO of {startup}, said the company now employs {staff} people.",
                        "“We want to prove that a small team can build a frontier model,” said {sfounder}, who started {stem} in {year}."}),
                Map.entry(Kind.WORKS_FOR, new String[] {
                        "{scientist}, chief scientist at {startup}, leads the team that trains the models.",
                        "{engineer}, an engineering director at {company}, said the migration had taken most of the year.",
                        "Research at {stem} is led by {scientist}, who joined from {parent} last year.",
                        "{engineer}, a senior manager at {company}, confirmed the plans in an interview."}),
                Map.entry(Kind.DEVELOPED, new String[] {
                        "{newModelDev} released {newModel} on {weekday}, a model with about {params} billion parameters.",
                        "{newModel}, developed by {newModelDev}, will first be offered to enterprise customers.",
                        "{modelDev:gen} {model} remains the model most rivals measure themselves against.",
                        "The new system was built by {newModelDev}, which calls {newModel} its most capable model so far.",
                        "{model} was developed by {modelDev} and now sits inside dozens of products."}),
                Map.entry(Kind.BASED_ON, new String[] {
                        "{newModel} is based on {base} and was fine-tuned on code and technical documents.",
                        "The company built {newModel} on top of {base}, adding its own industrial data.",
                        "Like several recent releases, {newModel} is derived from {base}."}),
                Map.entry(Kind.TRAINED_ON, new String[] {
                        "{newModel} was trained on {gpus} {chip} chips over roughly two months.",
                        "To train {newModel}, {newModelDev} rented a cluster of {gpus} {chipMaker} {chip} chips.",
                        "{newModelDev} said it trained {newModel} on {gpus} {chip} accelerators."}),
                Map.entry(Kind.MADE_BY, new String[] {
                        "{newChipMaker} said its new {newChip} accelerator would ship in volume from {month}.",
                        "The {chip}, made by {chipMaker}, remains one of the most sought-after chips in the industry.",
                        "{newChipMaker:gen} {newChip} chip promises roughly twice the throughput of the previous generation.",
                        "The {newChip} was designed by {newChipMaker} and will be manufactured by a foundry in Taiwan."}),
                Map.entry(Kind.FUNDING, new String[] {
                        "{startup} has raised {mn} in a funding round led by {investor}.",
                        "{investor} and {investor2} also took part in the round, which values {stem} at about {bn}.",
                        "{company} invested {mn} in {startup} last year and holds a minority stake.",
                        "Backed by {investor}, {stem} plans to open an office in {city}.",
                        "{investor} invested {mn} in {startup}, according to a regulatory filing."}),
                Map.entry(Kind.SPIN_OFF, new String[] {
                        "{startup} was spun off from {parent} in {year} and still licenses some of its technology.",
                        "{stem}, a spin-off of {parent}, employs about {staff} people."}),
                Map.entry(Kind.COMPETES, new String[] {
                        "{company} competes mainly with {rival} in this market.",
                        "The startup hopes to win customers from rivals such as {rival} and {company}.",
                        "Analysts see {stem} as a challenger to {rival} in enterprise software.",
                        "{newModel} goes head to head with {modelDev:gen} {model}."}),
                Map.entry(Kind.QUOTE, new String[] {
                        "“Demand for compute is still running ahead of supply,” said {analyst}, an analyst at {house}.",
                        "{analyst} of {house} said {company} still deserved its premium valuation.",
                        "“{rival} is catching up faster than most people expected,” {analyst} wrote in a note to clients.",
                        "“This is just the beginning,” {ceo} said of the plans at {ceoOrg}.",
                        "According to {analyst} at {house}, {rival} stands to gain the most from the shift."}),
                Map.entry(Kind.STOCK, new String[] {
                        "Shares of {company} fell {pct}% on {weekday}.",
                        "{company} shares rose {pct}% in early trading.",
                        "Shares of {rival} jumped {pct}% after the announcement.",
                        "{rival:gen} stock slid {pct}% in after-hours trading.",
                        "{company} stock closed {pct}% higher on {weekday}.",
                        "Investors sold {rival}, whose shares dropped {pct}% by the close."}),
                Map.entry(Kind.INDEX, new String[] {
                        "The {index} fell {pct}% on {weekday}.",
                        "The broader {index} gained {pct}%."}),
                Map.entry(Kind.FILLER, new String[] {
                        "The industry has spent months wrestling with rising power costs for data centers.",
                        "In Brussels, officials are still arguing over how to apply the new AI rules.",
                        "Many companies are still testing generative AI in small pilot projects.",
                        "Market researchers expect spending on AI infrastructure to grow by {bigpct}% a year.",
                        "Critics say the labs disclose little about the data their systems are trained on.",
                        "At the same time, pressure is growing to justify the spending with revenue.",
                        "Machine-learning engineers remain scarce and expensive.",
                        "US export controls continue to cloud the outlook for the supply chain.",
                        "Whether the investments will pay off is an open question.",
                        "Shortages of high-bandwidth memory and advanced packaging add to the strain.",
                        "Privacy regulators are watching closely as well.",
                        "Growth in the {quarter} quarter came in well ahead of market expectations.",
                        "More details are expected by the end of {month}.",
                        "The central bank's next rate decision is likely to weigh on sentiment as well.",
                        "It is not yet clear how quickly customers will actually use the new features.",
                        "Several states are courting new data centers despite a shortage of grid connections.",
                        "For investors, the question is when profits will catch up with the spending.",
                        "Industry watchers expect more takeovers of smaller providers.",
                        "Meanwhile, the price of using large language models keeps falling quickly.",
                        "Several copyright lawsuits over training data are working their way through US courts."}),
                Map.entry(Kind.SUBHEAD, new String[] {"The race for compute", "Market reaction", "Questions about valuation",
                        "What comes next", "The bigger picture", "Open questions"}),
                Map.entry(Kind.PHOTO, new String[] {"Photo: {photographer} / {agency}", "Image: {agency}"}),
                Map.entry(Kind.NOTICE, new String[] {
                        "We use cookies to improve your experience. By continuing you accept our privacy settings.",
                        "Share | Print | Email"}),
                Map.entry(Kind.SOURCE, new String[] {"Source: {agency}, company filings", "Source: {agency}"}),
                Map.entry(Kind.UPDATE, new String[] {
                        "Update, {date}: {startup} has since raised a further {mn} from {investor2}.",
                        "Update: Shares of {company} reversed course on {weekday} and rose {pct}%.",
                        "Update: {newModelDev} has since released {newModel} as an open-weight model.",
                        "Update: {sfounder} has joined {startup} as chief executive, the company said."}),
                Map.entry(Kind.CORRECTION, new String[] {
                        "Correction: An earlier version of this article said {startup} had raised {mn}; the correct figure is {mn}.",
                        "Correction: Contrary to earlier reports, {newModel} was trained on {gpus} {chip} chips."}));
    }
}
