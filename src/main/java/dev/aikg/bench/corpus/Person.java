package dev.aikg.bench.corpus;

/** A person an article names; gender picks German role nouns ("Gründer"/"Gründerin"); null when unknown. */
record Person(String name, Boolean female) {
    String surname() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
