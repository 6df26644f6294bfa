package io.falbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolTest {

    @Test
    void labelledAndUnlabelledPoolsStayDisjointAndCoverTheClientShare() {
        Pool pool = new Pool(new int[] {9, 3, 7, 1});
        pool.markLabelled(7);
        pool.markLabelled(1);
        assertThat(pool.labelled()).containsExactly(1, 7);
        assertThat(pool.unlabelled()).containsExactly(3, 9);
        assertThat(pool.labelledCount() + pool.unlabelledCount()).isEqualTo(pool.size());
    }

    @Test
    void aSampleCannotBeLabelledTwiceNorLabelledByAClientThatDoesNotHoldIt() {
        Pool pool = new Pool(new int[] {4, 5});
        pool.markLabelled(4);
        assertThatThrownBy(() -> pool.markLabelled(4)).hasMessageContaining("already labelled");
        assertThatThrownBy(() -> pool.markLabelled(6)).hasMessageContaining("not in this client's pool");
    }

    @Test
    void theOracleAnswersEachSampleOnce() {
        Oracle oracle = new Oracle(new int[] {2, 0, 1});
        assertThat(oracle.label(2)).isEqualTo(1);
        assertThatThrownBy(() -> oracle.label(2)).hasMessageContaining("already labelled");
        assertThat(oracle.queries()).isEqualTo(1);
    }
}
