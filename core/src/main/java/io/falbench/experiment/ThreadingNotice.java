package io.falbench.experiment;

import io.falbench.protocol.Protocol;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A resumed run whose cells still to run would use other threads than its finished ones: {@code client_workers} and
 * the native thread counts are outside the fingerprint (they change how the cores are used, not the algorithm), but
 * libtorch's summation order follows its thread count, so the new cells can differ in the last bits from what the
 * finished cells' settings would give (docs/reliability.md). Said once, before any work; the run goes on.
 */
final class ThreadingNotice {

    private ThreadingNotice() {
    }

    /**
     * @param nativeThreads this process's native thread settings ({@link RunEnvironment#nativeThreads()}), or null
     *                      where the cells run elsewhere (a cluster), so only {@code client_workers} is compared
     */
    static Optional<String> of(Protocol protocol, List<CellResult> finished, String nativeThreads) {
        String now = setting(protocol.run().clientWorkers(), nativeThreads);
        TreeSet<String> then = new TreeSet<>();
        for (CellResult cell : finished) {
            Provenance p = cell.provenance();
            then.add(setting(p.clientWorkers(), nativeThreads == null ? null : p.nativeThreads()));
        }
        then.remove(now);
        if (then.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("note: finished cells here ran with " + String.join("; ", then) + ", the cells still to run"
                + " use " + now + ": their numbers can differ in the last bits from what the finished cells' settings"
                + " would give (libtorch's summation order follows its thread count); when the last bits matter,"
                + " resume with the finished cells' settings (--set client_workers=N, FALBENCH_THREADS)");
    }

    private static String setting(int clientWorkers, String nativeThreads) {
        return "client_workers = " + clientWorkers + (nativeThreads == null ? "" : " and threads " + nativeThreads);
    }
}
