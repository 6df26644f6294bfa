package io.falbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheHomeDefault() {
        Map<String, String> env = Map.of("FALBENCH_DATA", "/env/data");
        assertThat(DataDirectory.resolve(Path.of("/opt/d"), env, "/home/u")).isEqualTo(Path.of("/opt/d"));
        assertThat(DataDirectory.resolve(null, env, "/home/u")).isEqualTo(Path.of("/env/data"));
        assertThat(DataDirectory.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.falbench/data"));
    }
}
