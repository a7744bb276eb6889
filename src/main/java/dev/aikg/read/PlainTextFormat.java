package dev.aikg.read;

/** {@code .txt}: the text as it is; the first short line is taken as the title. */
final class PlainTextFormat extends WholeFileFormat {
    @Override
    public boolean accepts(String name) { return name.endsWith(".txt"); }

    @Override
    Parsed parse(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        return new Parsed(text, headline(text), null);
    }
}
