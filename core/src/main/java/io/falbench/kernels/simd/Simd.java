package io.falbench.kernels.simd;

/**
 * Whether the java backend may use the Vector API: only when the JVM was started with
 * --add-modules jdk.incubator.vector (scripts/falbench, surefire and the JMH forks pass it) and
 * -Dfalbench.simd=false was not given. Otherwise the scalar loops run and nothing touches the incubator module.
 */
public final class Simd {

    public static final boolean ENABLED = !"false".equals(System.getProperty("falbench.simd"))
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private Simd() {
    }
}
