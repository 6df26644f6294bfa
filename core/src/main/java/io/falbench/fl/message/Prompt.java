package io.falbench.fl.message;

/** Asks a client to work on what it already holds (e.g. summarise its candidates); carries nothing: 0 bytes. */
public record Prompt() implements Message {

    @Override
    public long bytes() {
        return 0;
    }
}
