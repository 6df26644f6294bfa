package io.falbench.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A resumed run whose finished cells ran on another CPU than this one (as their provenance records it): the vector
 * instruction sets choose libtorch's kernels and the Java kernels' width, and with them the summation order, so the
 * cells still to run can differ in the last bits from what the finished cells' machine would give (a blog-mnist-cpu
 * cell recomputed on another CPU did; docs/reliability.md). Said once, before any work; the run goes on. Cells
 * written before the CPU was recorded say nothing.
 */
final class CpuNotice {

    private CpuNotice() {
    }

    /** @param here this machine's CPU ({@link io.falbench.runtime.Cpu#describe()}) */
    static Optional<String> of(List<CellResult> finished, String here) {
        TreeSet<String> then = new TreeSet<>();
        finished.stream().map(cell -> cell.provenance().cpu()).filter(Objects::nonNull).forEach(then::add);
        then.remove(here);
        if (then.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("note: finished cells here ran on " + String.join("; ", then) + ", the cells still to run"
                + " run on " + here + ": their numbers can differ in the last bits from what the finished cells'"
                + " machine would give (the vector instructions choose the kernels' summation order); each cell"
                + " records its CPU");
    }
}
