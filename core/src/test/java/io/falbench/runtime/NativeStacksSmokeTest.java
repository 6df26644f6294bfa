package io.falbench.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Smoke tests of the two native stacks: DJL's PyTorch engine offline, and ND4J's CPU backend. */
class NativeStacksSmokeTest {

    @BeforeAll
    static void threads() {
        NativeThreads.configure(2);
    }

    @Test
    void djlLoadsThePyTorchEngineOfflineAndMultipliesMatrices() {
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        Engine engine = Engine.getEngine("PyTorch");
        assertThat(engine.getVersion()).startsWith("2.7.1");
        try (NDManager manager = engine.newBaseManager()) {
            NDArray a = manager.create(new float[] {1, 2, 3, 4}, new ai.djl.ndarray.types.Shape(2, 2));
            NDArray b = manager.create(new float[] {5, 6, 7, 8}, new ai.djl.ndarray.types.Shape(2, 2));
            assertThat(a.matMul(b).toFloatArray()).containsExactly(19f, 22f, 43f, 50f);
        }
    }

    @Test
    void nd4jComputesAMatrixProductOnItsNativeBackend() {
        INDArray a = Nd4j.create(new float[] {1, 2, 3, 4}, new long[] {2, 2});
        INDArray b = Nd4j.create(new float[] {5, 6, 7, 8}, new long[] {2, 2});
        float[] product = a.mmul(b).ravel().toFloatVector();
        assertThat(product).containsExactly(19f, 22f, 43f, 50f);
        assertThat(Nd4j.getBackend().getClass().getSimpleName()).isEqualTo("CpuBackend");
        assertThat(a.sumNumber().doubleValue()).isCloseTo(10.0, within(1e-9));
    }
}
