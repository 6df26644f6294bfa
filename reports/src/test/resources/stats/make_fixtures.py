"""Reference values for io.falbench.reports.stats, computed independently of the Java code.

Run from this folder:  python3 make_fixtures.py > fixtures.json
Every entry names the call that produced it. Wilcoxon and sign-flip values beyond the sizes SciPy can enumerate come
from exact rational arithmetic here (Python integers), after checking that arithmetic against SciPy on every
smaller case. Holm is done by hand (SciPy has no Holm). The noncentral t at a large ncp comes from mpmath at 30
digits. Nothing is random at run time: the samples are drawn from numpy's default_rng with the seeds named below and
rounded (two decimals: accuracy points).
"""
import json
import math
import platform
import sys
from fractions import Fraction

import mpmath
import numpy as np
import scipy
from scipy import integrate, stats

INF_PERMUTATIONS = "stats.PermutationMethod(n_resamples=np.inf)"


def sample(seed, n, loc=0.5, scale=1.0, zeros=0, ties=False, decimals=2):
    """n differences in points, rounded to `decimals`; `zeros` of them set to 0; with `ties`, rounded to halves."""
    rng = np.random.default_rng(seed)
    d = rng.normal(loc, scale, n)
    d = np.round(d * 2) / 2 if ties else np.round(d, decimals)
    d[:zeros] = 0.0
    return [float(v) for v in d]


# ---------------------------------------------------------------- Wilcoxon signed-rank, exact with ties and zeros

def signed_rank_exact(d, zero_method):
    """T+ and exact (less, greater) p-values, counting all 2^m sign patterns of the nonzero ranks with integers."""
    a = [abs(v) for v in d if zero_method == "pratt" or v != 0]
    ranks = stats.rankdata(a, method="average")  # midranks; with pratt the zeros take the lowest
    nonzero = [(r, v) for r, v in zip(ranks, [v for v in d if zero_method == "pratt" or v != 0]) if v != 0]
    doubled = [int(round(2 * r)) for r, _ in nonzero]
    observed = sum(r for r, (_, v) in zip(doubled, nonzero) if v > 0)
    counts = {0: 1}  # generating function prod (1 + x^r), exact integers
    for r in doubled:
        nxt = dict(counts)
        for s, c in counts.items():
            nxt[s + r] = nxt.get(s + r, 0) + c
        counts = nxt
    total = 2 ** len(doubled)
    less = Fraction(sum(c for s, c in counts.items() if s <= observed), total)
    greater = Fraction(sum(c for s, c in counts.items() if s >= observed), total)
    return observed / 2, float(less), float(greater), float(min(1, 2 * min(less, greater)))


def wilcoxon_case(name, d, zero_method, use_scipy):
    t_plus, less, greater, two = signed_rank_exact(d, zero_method)
    case = {"name": name, "d": d, "zero_method": zero_method, "statistic": t_plus,
            "less": less, "greater": greater, "two_sided": two}
    has_ties = len(set(abs(v) for v in d if v != 0)) < sum(1 for v in d if v != 0)
    if use_scipy:
        assert len(d) <= 14 or not has_ties and 0 not in d, "SciPy cannot enumerate so many sign patterns"
        method = "exact" if not has_ties and 0 not in d else stats.PermutationMethod(n_resamples=np.inf)
        shown = "'exact'" if method == "exact" else INF_PERMUTATIONS
        case["call"] = (f"scipy.stats.wilcoxon(d, zero_method='{zero_method}', alternative=ALT, method={shown}); "
                        "statistic from ALT='greater' (T+)")
        for key, alt in (("less", "less"), ("greater", "greater"), ("two_sided", "two-sided")):
            res = stats.wilcoxon(d, zero_method=zero_method, alternative=alt, method=method)
            # the integer count above and SciPy agree, or this script stops
            assert math.isclose(res.pvalue, case[key], rel_tol=1e-12), (name, alt, res.pvalue, case[key])
            case[key] = float(res.pvalue)
            if alt == "greater":
                assert res.statistic == t_plus, (name, res.statistic, t_plus)
    else:
        case["call"] = ("make_fixtures.signed_rank_exact(d, zero_method): all 2^m sign patterns of the doubled "
                        "midranks counted with Python integers (checked against SciPy on every case with ties up to "
                        "n = 14)")
    return case


def wilcoxon_cases():
    cases = [
        wilcoxon_case("n3", [0.7, 1.0, 1.3], "wilcox", True),
        wilcoxon_case("n1", [0.4], "wilcox", True),
        wilcoxon_case("n6 ties", [1.5, -0.5, 1.5, 2.0, -1.0, 3.0], "wilcox", True),
        wilcoxon_case("n8 ties zeros wilcox", [0.0, 1.5, -0.5, 1.5, 2.0, 0.0, -1.0, 3.0], "wilcox", True),
        wilcoxon_case("n8 ties zeros pratt", [0.0, 1.5, -0.5, 1.5, 2.0, 0.0, -1.0, 3.0], "pratt", True),
        wilcoxon_case("all equal n5", [0.5] * 5, "wilcox", True),
        wilcoxon_case("all negative n6", [-0.3, -1.2, -0.8, -2.0, -0.1, -0.5], "wilcox", True),
        wilcoxon_case("n10", sample(10, 10, decimals=4), "wilcox", True),
        wilcoxon_case("n10 ties zeros wilcox", sample(11, 10, zeros=2, ties=True), "wilcox", True),
        wilcoxon_case("n10 ties zeros pratt", sample(11, 10, zeros=2, ties=True), "pratt", True),
        wilcoxon_case("n14 ties", sample(14, 14, loc=0.3, ties=True), "wilcox", True),
        wilcoxon_case("n20 ties zeros pratt", sample(20, 20, loc=0.2, zeros=3, ties=True), "pratt", False),
        wilcoxon_case("n30", sample(30, 30, loc=0.4, scale=1.3, decimals=4), "wilcox", True),
        wilcoxon_case("n50", sample(50, 50, loc=0.2, decimals=4), "wilcox", True),
        wilcoxon_case("n30 ties zeros wilcox", sample(31, 30, loc=0.3, zeros=4, ties=True), "wilcox", False),
        wilcoxon_case("n50 ties zeros wilcox", sample(51, 50, loc=-0.2, zeros=5, ties=True), "wilcox", False),
        wilcoxon_case("n50 ties zeros pratt", sample(51, 50, loc=-0.2, zeros=5, ties=True), "pratt", False),
    ]
    zero_case = {"name": "all zero", "d": [0.0, 0.0, 0.0], "zero_method": "wilcox", "statistic": 0.0,
                 "call": "scipy.stats.wilcoxon(d, alternative=ALT, method=" + INF_PERMUTATIONS + ")"}
    for key, alt in (("less", "less"), ("greater", "greater"), ("two_sided", "two-sided")):
        zero_case[key] = float(stats.wilcoxon(zero_case["d"], alternative=alt,
                                              method=stats.PermutationMethod(n_resamples=np.inf)).pvalue)
    return cases + [zero_case]


# ---------------------------------------------------------------- sign-flip permutation test of the mean

def sign_flip_exact(d):
    """Exact (less, greater) shares of the 2^n sign patterns, on the differences in hundredths as integers."""
    ints = [int(round(v * 100)) for v in d]
    assert all(abs(i - v * 100) < 1e-6 for i, v in zip(ints, d)), "two decimals expected"
    observed = sum(ints)
    counts = {0: 1}
    for x in ints:
        nxt = {}
        for s, c in counts.items():
            nxt[s + x] = nxt.get(s + x, 0) + c
            nxt[s - x] = nxt.get(s - x, 0) + c
        counts = nxt
    total = 2 ** len(ints)
    less = Fraction(sum(c for s, c in counts.items() if s <= observed), total)
    greater = Fraction(sum(c for s, c in counts.items() if s >= observed), total)
    return float(less), float(greater), float(min(1, 2 * min(less, greater)))


def sign_flip_case(name, d):
    less, greater, two = sign_flip_exact(d)
    case = {"name": name, "d": d, "mean": float(np.mean(d)), "less": less, "greater": greater, "two_sided": two}
    if 2 <= len(d) <= 16:  # SciPy refuses a single observation
        case["call"] = ("scipy.stats.permutation_test((d,), lambda x, axis: np.mean(x, axis=axis), "
                        "permutation_type='samples', n_resamples=np.inf, alternative=ALT)")
        for key, alt in (("less", "less"), ("greater", "greater"), ("two_sided", "two-sided")):
            res = stats.permutation_test((np.array(d),), lambda x, axis: np.mean(x, axis=axis), vectorized=True,
                                         permutation_type="samples", n_resamples=np.inf, alternative=alt)
            assert math.isclose(res.pvalue, case[key], rel_tol=1e-12), (name, alt, res.pvalue, case[key])
            case[key] = float(res.pvalue)
    else:
        case["call"] = ("make_fixtures.sign_flip_exact(d): all 2^n sign patterns of the differences in hundredths, "
                        "counted with Python integers (checked against SciPy on every case up to n = 16)")
    return case


def sign_flip_cases():
    return [
        sign_flip_case("n3", [0.7, 1.0, 1.3]),
        sign_flip_case("n1", [0.4]),
        sign_flip_case("n6 zeros", [0.0, 1.25, -0.5, 1.5, 0.0, 2.0]),
        sign_flip_case("all zero", [0.0, 0.0, 0.0, 0.0]),
        sign_flip_case("n10", sample(110, 10)),
        sign_flip_case("n16", sample(116, 16, loc=0.25)),
        sign_flip_case("n20", sample(120, 20, loc=0.3, scale=1.2)),
        sign_flip_case("n30", sample(130, 30, loc=0.2)),
        sign_flip_case("n40", sample(140, 40, loc=-0.2)),
        sign_flip_case("n50 (Monte-Carlo in Java)", sample(150, 50, loc=0.15)),
    ]


# ---------------------------------------------------------------- paired t, intervals, TOST

def t_case(name, d, bound):
    d = np.array(d)
    mean, sem, df = float(np.mean(d)), float(stats.sem(d)), len(d) - 1
    case = {"name": name, "d": [float(v) for v in d], "bound": bound, "mean": mean, "sd": float(np.std(d, ddof=1)),
            "call": "scipy.stats.ttest_1samp(d, bound, alternative=ALT); "
                    "scipy.stats.t.interval(LEVEL, len(d) - 1, loc=np.mean(d), scale=scipy.stats.sem(d))"}
    for key, alt in (("less", "less"), ("greater", "greater"), ("two_sided", "two-sided")):
        res = stats.ttest_1samp(d, bound, alternative=alt)
        case[key] = float(res.pvalue)
        case["t"] = float(res.statistic)
    for level in (0.95, 0.90):
        case[f"interval{int(level * 100)}"] = [float(v) for v in stats.t.interval(level, df, loc=mean, scale=sem)]
    return case


def t_cases():
    return [
        t_case("n2", [0.8, 1.1], 0.0),
        t_case("worked example n3", [0.7, 1.0, 1.3], 0.0),
        t_case("n3 against 0.5", [0.7, 1.0, 1.3], 0.5),
        t_case("n6", sample(206, 6, loc=0.4), 0.0),
        t_case("n10", sample(210, 10, loc=-0.3), 0.0),
        t_case("n30", sample(230, 30, loc=0.25), 0.0),
        t_case("n50 against -0.1", sample(250, 50, loc=0.05), -0.1),
    ]


def tost_case(name, d, margin):
    d = np.array(d)
    lower = stats.ttest_1samp(d, -margin, alternative="greater").pvalue
    upper = stats.ttest_1samp(d, margin, alternative="less").pvalue
    return {"name": name, "d": [float(v) for v in d], "margin": margin, "p_lower": float(lower),
            "p_upper": float(upper), "p": float(max(lower, upper)),
            "call": "scipy.stats.ttest_1samp(d, -margin, alternative='greater').pvalue (p_lower); "
                    "scipy.stats.ttest_1samp(d, margin, alternative='less').pvalue (p_upper)"}


def tost_cases():
    return [
        tost_case("worked example n3 margin 1", [0.7, 1.0, 1.3], 1.0),
        tost_case("n6 margin 1", sample(306, 6, loc=0.1, scale=0.4), 1.0),
        tost_case("n10 margin 0.5", sample(310, 10, loc=0.05, scale=0.3), 0.5),
        tost_case("n30 margin 0.25", sample(330, 30, loc=-0.05, scale=0.5), 0.25),
    ]


# ---------------------------------------------------------------- Holm

def holm(p):
    """Holm (1979) by hand: sorted ascending, (m - i + 1) p_(i) made non-decreasing, capped at 1."""
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    adjusted, running = [0.0] * m, 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted


def holm_cases():
    families = [[0.01, 0.04, 0.03, 0.005], [0.2], [0.001, 0.001, 0.04, 0.5, 0.02], [0.03, 0.03, 0.03],
                [float(v) for v in np.round(np.random.default_rng(400).uniform(0, 0.2, 12), 6)]]
    return [{"p": p, "adjusted": holm(p), "call": "make_fixtures.holm(p) (by hand: SciPy has no Holm)"}
            for p in families]


# ---------------------------------------------------------------- noncentral t and power

def nct_cases():
    cases = []
    for df in (1, 2, 5, 9, 29, 49, 200, 999):
        for ncp in (-2.0, 0.5, 1.0, 3.0, 8.0, 20.0, 40.0, 100.0):
            for t in (-3.0, -1.0, 0.0, 0.5, 1.7, 2.5, 6.0, 30.0, 45.0, 110.0):
                cdf = float(stats.nct.cdf(t, df, ncp))
                if math.isfinite(cdf):  # SciPy gives nan at some far-tail points
                    cases.append({"t": t, "df": df, "ncp": ncp, "cdf": cdf})
    return {"call": "scipy.stats.nct.cdf(t, df, ncp); the few points where it returns nan are left out",
            "cases": cases}


def nct_large_cases():
    """Large ncp, where SciPy's own value drifts (1e-7 at ncp 40,000): E[Phi(t sqrt(V / df) - ncp)], V chi-square,
    integrated by mpmath at 30 digits."""
    mpmath.mp.dps = 30
    cases = []
    for t, df, ncp in ((30.0, 10, 37.7), (110.0, 999, 100.0), (990.0, 5, 1000.0), (39600.0, 5, 40000.0),
                       (39990.0, 2, 40000.0)):
        half = mpmath.mpf(df) / 2

        def density(v):
            return (mpmath.ncdf(t * mpmath.sqrt(v / df) - ncp) * v ** (half - 1) * mpmath.exp(-v / 2)
                    / (2 ** half * mpmath.gamma(half)))

        centre = df * (mpmath.mpf(ncp) / t) ** 2
        knots = [0] + [centre * f for f in (0.5, 0.9, 0.99, 1, 1.01, 1.1, 2)] + [mpmath.inf]
        cases.append({"t": t, "df": df, "ncp": ncp, "cdf": float(mpmath.quad(density, knots))})
    return {"call": "mpmath.quad(lambda v: ncdf(t sqrt(v / df) - ncp) chi2.pdf(v, df), [0, ..., inf]) at mp.dps = 30",
            "cases": cases}


def one_sided_power(effect, sd, n, alpha):
    c = stats.t.ppf(1 - alpha, n - 1)
    return float(stats.nct.sf(c, n - 1, effect * math.sqrt(n) / sd))


def tost_power(mean, sd, margin, n, alpha):
    c, root = stats.t.ppf(1 - alpha, n - 1), math.sqrt(n) / sd
    return max(0.0, float(1 - stats.nct.cdf(c, n - 1, (margin - mean) * root)
                          - stats.nct.cdf(c, n - 1, (margin + mean) * root)))


def tost_power_exact(mean, sd, margin, n, alpha):
    """The exact TOST power (Owen's Q), integrating over the chi-square of the s.d.; for comparison only."""
    df, c = n - 1, stats.t.ppf(1 - alpha, n - 1)
    se = sd / math.sqrt(n)
    u_max = df * (margin * math.sqrt(n) / (c * sd)) ** 2

    def inner(u):
        s = sd * math.sqrt(u / df)
        half = margin - c * s / math.sqrt(n)
        return (stats.norm.cdf((half - mean) / se) - stats.norm.cdf((-half - mean) / se)) * stats.chi2.pdf(u, df)

    return float(integrate.quad(inner, 0, u_max, limit=200, epsabs=1e-13)[0])


def seeds_needed(power_at, target=0.8, cap=1000):
    previous = None
    for n in range(2, cap + 1):
        p = power_at(n)
        if p >= target:
            assert p - target > 1e-6 and (previous is None or target - previous > 1e-6), "too close to call"
            return {"seeds": n, "power": p, "reachable": True, "power_one_fewer": previous}
        previous = p
    return {"seeds": cap, "power": previous, "reachable": False}


def power_cases():
    one = []
    for effect, sd, alpha in ((1.0, 0.3, 0.05), (0.5, 1.0, 0.05), (0.2, 1.0, 0.05), (0.3, 0.8, 0.025),
                              (1.0, 0.5, 0.0125), (0.05, 1.0, 0.05), (-0.2, 1.0, 0.05), (0.0, 1.0, 0.05)):
        case = {"effect": effect, "sd": sd, "alpha": alpha}
        case.update(seeds_needed(lambda n: one_sided_power(effect, sd, n, alpha)))
        one.append(case)
    equivalence = []
    for mean, sd, margin, alpha in ((0.1, 0.4, 1.0, 0.05), (0.0, 1.0, 0.5, 0.05), (0.2, 0.5, 0.5, 0.05),
                                    (-0.3, 0.6, 1.0, 0.05), (1.0, 0.3, 1.0, 0.05), (0.45, 1.0, 0.5, 0.05)):
        case = {"mean": mean, "sd": sd, "margin": margin, "alpha": alpha}
        case.update(seeds_needed(lambda n: tost_power(mean, sd, margin, n, alpha)))
        if case["reachable"]:
            case["exact_power"] = tost_power_exact(mean, sd, margin, case["seeds"], alpha)
        equivalence.append(case)
    return {
        "one_sided": {"call": "smallest n >= 2 with scipy.stats.nct.sf(scipy.stats.t.ppf(1 - alpha, n - 1), n - 1, "
                              "effect * sqrt(n) / sd) >= 0.8, n up to 1000", "cases": one},
        "equivalence": {"call": "smallest n >= 2 with max(0, 1 - nct.cdf(c, n - 1, (margin - mean) sqrt(n) / sd) "
                                "- nct.cdf(c, n - 1, (margin + mean) sqrt(n) / sd)) >= 0.8, c = t.ppf(1 - alpha, "
                                "n - 1), n up to 1000; exact_power: Owen's Q by scipy.integrate.quad, for "
                                "comparison", "cases": equivalence},
    }


def main():
    fixtures = {
        "header": {"generated_by": "reports/src/test/resources/stats/make_fixtures.py",
                   "python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
                   "mpmath": mpmath.__version__},
        "wilcoxon": wilcoxon_cases(),
        "sign_flip": sign_flip_cases(),
        "t": t_cases(),
        "tost": tost_cases(),
        "holm": holm_cases(),
        "nct": nct_cases(),
        "nct_large": nct_large_cases(),
        "power": power_cases(),
    }
    json.dump(fixtures, sys.stdout, indent=1, allow_nan=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
