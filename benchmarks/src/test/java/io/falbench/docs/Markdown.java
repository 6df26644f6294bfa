package io.falbench.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Markdown document names, with the line it names it on: the text of its inline code spans, the targets of
 * its links and images, and the words of its fenced code blocks.
 */
final class Markdown {

    /** Where a name comes from: an inline code span, a link target, or a word of a fenced block. */
    enum Kind { CODE, LINK, FENCED }

    /** One name a document mentions, at a 1-based line. */
    record Mention(Path document, int line, Kind kind, String text) {}

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    private final Path document;
    private final String text;

    private Markdown(Path document, String text) {
        this.document = document;
        this.text = text;
    }

    static Markdown read(Path document) throws IOException {
        return new Markdown(document, Files.readString(document));
    }

    /** Every mention, in the order of the document. */
    List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        boolean fenced = false;
        int line = 0;
        for (String row : text.split("\n", -1)) {
            line++;
            if (FENCE.matcher(row).find()) {
                fenced = !fenced;
                prose.append('\n');
            } else if (fenced) {
                for (String word : row.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        mentions.add(new Mention(document, line, Kind.FENCED, word));
                    }
                }
                prose.append('\n');
            } else {
                prose.append(row).append('\n');
            }
        }
        // Code spans may run over a line end within a paragraph, so they are found in the prose as a whole.
        String outside = prose.toString();
        Matcher code = CODE_SPAN.matcher(outside);
        StringBuilder withoutCode = new StringBuilder(outside);
        while (code.find()) {
            mentions.add(new Mention(document, lineAt(outside, code.start()), Kind.CODE,
                    code.group(1).replace('\n', ' ').trim()));
            for (int i = code.start(); i < code.end(); i++) {
                if (withoutCode.charAt(i) != '\n') {
                    withoutCode.setCharAt(i, ' ');
                }
            }
        }
        Matcher link = LINK.matcher(withoutCode);
        while (link.find()) {
            mentions.add(new Mention(document, lineAt(outside, link.start()), Kind.LINK, link.group(1)));
        }
        mentions.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return mentions;
    }

    /** The targets of the document's links that are files of the repository, resolved against the document. */
    List<Path> linkedFiles() {
        List<Path> files = new ArrayList<>();
        for (Mention mention : mentions()) {
            if (mention.kind() == Kind.LINK && !isExternal(mention.text())) {
                files.add(resolve(mention.text()));
            }
        }
        return files;
    }

    /** A link target that leaves the repository (a URL) or stays in the document (an anchor). */
    static boolean isExternal(String target) {
        return target.contains("://") || target.startsWith("mailto:") || target.startsWith("#");
    }

    /** A link target against the document's folder, its anchor dropped. */
    Path resolve(String target) {
        int anchor = target.indexOf('#');
        String file = anchor >= 0 ? target.substring(0, anchor) : target;
        return document.getParent().resolve(file).normalize();
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
