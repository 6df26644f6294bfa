package io.falbench.cli;

import io.falbench.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** A command's Markdown table: printed, and written whole to {@code --out} when one is given. */
final class MarkdownOutput {

    private MarkdownOutput() {
    }

    static void print(String markdown, Path out) throws IOException {
        System.out.print(markdown);
        if (out != null) {
            AtomicFiles.writeString(out, "", markdown);
        }
    }
}
