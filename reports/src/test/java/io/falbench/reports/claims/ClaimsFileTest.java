package io.falbench.reports.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.falbench.mode.registry.ModeRegistry;
import io.falbench.protocol.Cell;
import io.falbench.protocol.Protocol;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimsFileTest {

    private static List<Claim> parse(String... lines) {
        return ClaimsFile.parse("f.claims", List.of(lines));
    }

    @Test
    void aClaimCarriesItsThresholdReasonJudgingAndRevision() {
        List<Claim> claims = parse("# header", "old | s | similar */*@x */*@y aulc", "    margin = 1: one point, before",
                "    judged = per seed", "", "new | s narrowed | similar */m@x */m@y aulc",
                "    # a comment between fields", "    margin = 0.5: half a point", "    judged = per configuration",
                "    revises = old: the bound moves by construction", "b | t | better a/m b/m final",
                "\tsmallest-effect = 0: any gap");
        assertThat(claims).extracting(Claim::id).containsExactly("old", "new", "b");
        Claim old = claims.get(0);
        assertThat(old.threshold()).isEqualTo(new Claim.Threshold(1, "one point, before"));
        assertThat(old.thresholdName()).isEqualTo("margin");
        assertThat(old.judging()).isEqualTo(Claim.Judging.PER_SEED);
        assertThat(old.line()).isEqualTo(2);
        assertThat(old.test()).isEqualTo("similar */*@x */*@y aulc");
        Claim revision = claims.get(1);
        assertThat(revision.judging()).isEqualTo(Claim.Judging.PER_CONFIGURATION);
        assertThat(revision.revision()).isEqualTo(new Claim.Revision("old", "the bound moves by construction"));
        assertThat(claims.get(2).thresholdName()).isEqualTo("smallest effect");
        assertThat(claims.get(2).threshold().toString()).isEqualTo("0");
        assertThat(claims.get(2).judging()).isEqualTo(Claim.Judging.PER_SEED);
    }

    @Test
    void aClaimWithoutItsMarginOrSmallestEffectIsRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> parse("# c", "x | s | similar a/m b/m final", "y | s | untested r"))
                .hasMessageStartingWith("f.claims:2: claim 'x': needs its margin")
                .hasMessageContaining("'margin = M: REASON'");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m final"))
                .hasMessageStartingWith("f.claims:1: claim 'x': needs its smallest effect of interest")
                .hasMessageContaining("'smallest-effect = D: REASON'");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m final", "    smallest-effect = 0.5"))
                .hasMessageStartingWith("f.claims:2: ").hasMessageContaining("the reason a line saying why");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m final", "    margin = 1: why"))
                .hasMessageStartingWith("f.claims:2: claim 'x': 'margin' does not apply to a 'better' claim");
        assertThatThrownBy(() -> parse("x | s | similar a/m b/m final", "    margin = 0: why"))
                .hasMessageStartingWith("f.claims:2: claim 'x': margin must be positive");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m final margin 1"))
                .hasMessageContaining("no longer carries 'margin M'");
    }

    @Test
    void aClaimOverSeveralConfigurationsSaysHowItIsJudged() {
        assertThatThrownBy(() -> parse("x | s | better a/* b/* final", "    smallest-effect = 0.5: why"))
                .hasMessageStartingWith("f.claims:1: claim 'x': spans several configurations")
                .hasMessageContaining("'judged = per seed'");
        assertThatThrownBy(() -> parse("x | s | better a/m|n b/m|n final", "    smallest-effect = 0.5: why",
                "    judged = per cell")).hasMessageStartingWith("f.claims:3: claim 'x': write 'judged = per seed'");
    }

    @Test
    void badFieldsAndRevisionsSayWhereAndHow() {
        assertThatThrownBy(() -> parse("    margin = 1: why", "x | s | untested r"))
                .hasMessageStartingWith("f.claims:1: an indented line gives a field of the claim above it");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m final", "    smallest = 1: why"))
                .hasMessageStartingWith("f.claims:2: write 'key = value' with a key among");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m final", "    smallest-effect = 1: why",
                "    smallest-effect = 2: why")).hasMessageStartingWith("f.claims:3: 'smallest-effect' is given twice");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m final", "    smallest-effect = 1: why",
                "    revises = y: why")).hasMessageStartingWith("f.claims:1: claim 'x' revises 'y', which is not");
        assertThatThrownBy(() -> parse("x | s | untested r", "    margin = 1: why"))
                .hasMessageContaining("an untested claim takes no fields");
    }

    @Test
    void badClaimLinesSayWhereAndHow() {
        assertThatThrownBy(() -> parse("# c", "x | s | better a/m final"))
                .hasMessageContaining("f.claims:2:").hasMessageContaining("compares two arms");
        assertThatThrownBy(() -> parse("x | s | better a/* b/m final"))
                .hasMessageContaining("must have their * in the same places");
        assertThatThrownBy(() -> parse("x | s | better a b final")).hasMessageContaining("write strategy/mode");
        assertThatThrownBy(() -> parse("x | s | beats a/m b/m final")).hasMessageContaining("unknown test 'beats'");
        assertThatThrownBy(() -> parse("x | s | better a/m b/m accuracy"))
                .hasMessageContaining("unknown metric 'accuracy'");
        assertThatThrownBy(() -> parse("x | s | untested r", "x | t | untested r"))
                .hasMessageContaining("f.claims:2: claim id 'x' is used twice");
        assertThatThrownBy(() -> parse("x | s | similar a/m1|m2 a/m1 aulc", "    margin = 1: why"))
                .hasMessageContaining("wildcard");
    }

    @Test
    void aSeedPlanIsReadBesideTheClaimsForTheFilesProtocolOrItsCpuVariant() {
        ClaimsFile.Contents contents = ClaimsFile.read("dir/f.claims", List.of("# plans", "seeds f-cpu = 10: fixed"
                + " before seeds 4-10 ran", "x | s | untested r", "seeds f = 5: the protocol's seeds"));
        assertThat(contents.claims()).extracting(Claim::id).containsExactly("x");
        assertThat(contents.planFor("f-cpu")).contains(new SeedPlan("f-cpu", 10, "fixed before seeds 4-10 ran", 2));
        assertThat(contents.planFor("f")).map(SeedPlan::seeds).contains(5);
        assertThat(contents.planFor("g")).isEmpty();
        assertThat(parse("x | s | untested r")).hasSize(1);
    }

    @Test
    void aBadSeedPlanSaysWhereAndHow() {
        assertThatThrownBy(() -> parse("seeds f-cpu = 10"))
                .hasMessageStartingWith("f.claims:1: write 'seeds PROTOCOL = N: REASON'");
        assertThatThrownBy(() -> parse("# c", "seeds f-cpu = ten: why"))
                .hasMessageStartingWith("f.claims:2: write 'seeds PROTOCOL = N: REASON'").hasMessageContaining("ten");
        assertThatThrownBy(() -> parse("seeds = 10: why")).hasMessageStartingWith("f.claims:1: write 'seeds PROTOCOL");
        assertThatThrownBy(() -> parse("seeds f = 1: why")).hasMessageContaining("at least 2 seeds");
        assertThatThrownBy(() -> parse("seeds g-cpu = 10: why"))
                .hasMessageStartingWith("f.claims:1: a plan names a protocol judged on this file, one of [f, f-cpu],"
                        + " got 'g-cpu'");
        assertThatThrownBy(() -> parse("seeds f = 5: why", "seeds f = 10: why"))
                .hasMessageStartingWith("f.claims:2: the seeds of f are fixed twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog-mnist", "blog-mnist-cpu", "fairfal-cifar10-lt-cpu"})
    void aBundledPlanIsItsProtocolsSeeds(String protocol) throws IOException {
        assertThat(ClaimsFile.contentsFor(protocol).planFor(protocol)).map(SeedPlan::seeds)
                .contains(Protocol.load(protocol).run().seeds());
    }

    @Test
    void theBoundsAreModesOfTheRegistry() {
        assertThat(ModeRegistry.names()).containsAll(Arm.BOUNDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog-mnist", "blog-cifar10-corrupted", "fairfal-cifar10-lt", "fairfal-fmnist-lt"})
    void everyBundledClaimNamesArmsItsProtocolRuns(String name) throws IOException {
        List<Claim> claims = ClaimsFile.contentsFor(name + "-cpu").claims();
        assertThat(claims).isNotEmpty();
        assertThat(ClaimsFile.repositoryPath(name + "-cpu"))
                .isEqualTo("reports/src/main/resources/io/falbench/reports/claims/" + name + ".claims");
        List<Cell> cells = Protocol.load(name).cells();
        Set<String> strategies = cells.stream().map(Cell::strategy).collect(Collectors.toSet());
        Set<String> modes = cells.stream().map(Cell::mode).collect(Collectors.toSet());
        Set<String> partitions = cells.stream().map(Cell::partition).collect(Collectors.toSet());
        for (Claim claim : claims) {
            for (Arm arm : claim.arms()) {
                assertThat(strategies).as("%s: %s", claim.id(), arm).containsAll(Arm.names(arm.strategy()));
                assertThat(modes).as("%s: %s", claim.id(), arm).containsAll(Arm.names(arm.mode()));
                assertThat(partitions).as("%s: %s", claim.id(), arm).containsAll(Arm.names(arm.partition()));
                assertThat(cells).as("%s: a cell of %s", claim.id(), arm).anyMatch(c ->
                        (arm.strategy().equals(Arm.ANY) || Arm.names(arm.strategy()).contains(c.strategy()))
                                && (arm.mode().equals(Arm.ANY) || Arm.names(arm.mode()).contains(c.mode())));
            }
        }
    }
}
