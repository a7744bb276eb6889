package dev.aikg.bench.corpus;

/** What a template sentence states: the facts the extractors look for, plus headlines, filler and furniture. */
enum Kind {
    HEADLINE_FUNDING, HEADLINE_MODEL, HEADLINE_CHIP, HEADLINE_MARKET, HEADLINE_PEOPLE,
    CEO, FOUNDER, STARTUP_FOUNDER, WORKS_FOR, DEVELOPED, BASED_ON, TRAINED_ON, MADE_BY, FUNDING, SPIN_OFF,
    COMPETES, QUOTE, STOCK, INDEX, FILLER,
    SUBHEAD, PHOTO, NOTICE, SOURCE, UPDATE, CORRECTION
}
