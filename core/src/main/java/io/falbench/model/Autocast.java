package io.falbench.model;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * libtorch's CPU autocast on the calling thread, as {@code torch.autocast("cpu", dtype=torch.bfloat16)} (Micikevicius
 * et al. 2018, "Mixed Precision Training", with bfloat16 in place of fp16: no loss scaling): while a scope is open,
 * the convolutions and linear layers of the passes this thread runs cast their inputs and weights to bfloat16 and
 * return bfloat16; the weights, their gradients and SGD stay fp32. DJL has no autocast call and cannot name
 * bfloat16 (docs/kernels.md), so the four functions of {@code at::autocast} are called by their symbols in
 * {@code libtorch_cpu.so}, which DJL has loaded. Autocast's cache of cast weights is off: SGD updates the weights in
 * place between passes, and no scope exit would clear it.
 */
final class Autocast implements AutoCloseable {

    /** c10::DeviceType::CPU and c10::ScalarType::BFloat16 (c10/core/DeviceType.h, ScalarType.h). */
    private static final byte CPU = 0;
    private static final byte BFLOAT16 = 15;
    private static final String LIBRARY = "libtorch_cpu.so";

    private static volatile Symbols symbols;

    private final boolean previous;

    private Autocast() {
        Symbols s = symbols();
        previous = enabled();
        s.setCacheEnabled.invokeVoid(new Object[] {(byte) 0});
        s.setDtype.invokeVoid(new Object[] {CPU, BFLOAT16});
        s.setEnabled.invokeVoid(new Object[] {CPU, (byte) 1});
    }

    /** Opens a bfloat16 autocast scope on this thread (the engine must be loaded). */
    static Autocast bfloat16() {
        return new Autocast();
    }

    /** Whether this thread runs under autocast now (a C++ bool: the low byte of the return register). */
    static boolean enabled() {
        return (symbols().isEnabled.invokeInt(new Object[] {CPU}) & 0xff) != 0;
    }

    @Override
    public void close() {
        symbols().setEnabled.invokeVoid(new Object[] {CPU, (byte) (previous ? 1 : 0)});
    }

    private static Symbols symbols() {
        Symbols s = symbols;
        if (s == null) {
            synchronized (Autocast.class) {
                if (symbols == null) {
                    symbols = Symbols.load();
                }
                s = symbols;
            }
        }
        return s;
    }

    /** The functions of {@code at::autocast} (libtorch 2.x, Itanium C++ names). */
    private record Symbols(Function isEnabled, Function setEnabled, Function setDtype, Function setCacheEnabled) {

        static Symbols load() {
            Path path = loadedLibrary().orElseThrow(() -> new IllegalStateException(LIBRARY
                    + " is not loaded in this process: bf16 autocast needs DJL's PyTorch engine on the CPU"));
            NativeLibrary library = NativeLibrary.getInstance(path.toString());
            try {
                return new Symbols(
                        library.getFunction("_ZN2at8autocast19is_autocast_enabledEN3c1010DeviceTypeE"),
                        library.getFunction("_ZN2at8autocast20set_autocast_enabledEN3c1010DeviceTypeEb"),
                        library.getFunction("_ZN2at8autocast18set_autocast_dtypeEN3c1010DeviceTypeENS1_10ScalarTypeE"),
                        library.getFunction("_ZN2at8autocast26set_autocast_cache_enabledEb"));
            } catch (UnsatisfiedLinkError e) {
                throw new IllegalStateException(path + " lacks libtorch 2's autocast functions (" + e.getMessage()
                        + "): bf16 needs the PyTorch 2.x engine falbench is built with", e);
            }
        }

        /** The path of the libtorch_cpu.so this process mapped (Linux: /proc/self/maps). */
        private static Optional<Path> loadedLibrary() {
            try {
                return Files.readAllLines(Path.of("/proc/self/maps")).stream()
                        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                        .filter(file -> file.endsWith("/" + LIBRARY))
                        .findFirst().map(Path::of);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
