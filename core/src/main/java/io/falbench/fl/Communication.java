package io.falbench.fl;

/** Bytes that crossed the federated boundary: server to clients (down) and clients to server (up). */
public final class Communication {

    private long bytesDown;
    private long bytesUp;

    public void sentDown(long bytes) {
        bytesDown += bytes;
    }

    public void sentUp(long bytes) {
        bytesUp += bytes;
    }

    public long bytesDown() {
        return bytesDown;
    }

    public long bytesUp() {
        return bytesUp;
    }
}
