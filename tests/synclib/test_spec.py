"""Exact equitable witness specs: reading, size-free verification, tampering, and agreement with the dense
rigorous check on realised graphs (synclib.certify.spec, synclib.record.to_spec, `synctool verify/realize`)."""

import copy
import json
import math
from fractions import Fraction
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner

from cli import synctool
from synclib.certify import spec as spec_mod
from synclib.certify.spec import MAX_SPEC_BYTES, SCHEMA, SpecError, verify_spec
from synclib.certify.spec_io import is_spec_file, load_spec, spec_from_degrees
from synclib.record.to_spec import (certify_spec_dense, polish_phases, realize_spec, record_spec,
                                    spec_from_fractional)

DATA = Path(__file__).parent / "data" / "catalog"
RECORD_SPEC = Path(__file__).parents[2] / "synclib" / "data" / "record_64_93.spec.json"
RECIPE = Path(__file__).parents[2] / "synclib" / "data" / "record_fractional_k12.json"
CATALOG = sorted(DATA.glob("*.graph_spec.json"))


def run(*args):
    return CliRunner().invoke(synctool, [str(a) for a in args])


def assert_clean_error(result, code, *fragments):
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    for f in fragments:
        assert f in result.output
    assert len([line for line in result.output.strip().splitlines() if line.startswith("Error")]) == 1


def ring_spec(k=5, unit=2, a=None, count=None, q=1, radius=1):
    """Blow-up of a ring of k classes (sizes unit * a_i) at its q-twisted state: classes at ring distance
    <= radius complete, at radius + 1 a residue block with ``count`` of modulus ``unit``."""
    a = a or [2] * k
    sizes = [unit * x for x in a]
    d = [[0] * k for _ in range(k)]
    for i in range(k):
        for j in range(k):
            dist = min((i - j) % k, (j - i) % k)
            if 1 <= dist <= radius:
                d[i][j] = sizes[j]
            elif dist == radius + 1 and count:
                d[i][j] = count * a[j]
    phases = polish_phases(sizes, d, [2 * math.pi * q * i / k for i in range(k)], digits=40)
    return spec_from_degrees(sizes, d, phases)


def minimal_dict():
    return {"schema": SCHEMA, "classes": [{"size": "4"}, {"size": "6"}, {"size": "4"}],
            "cross_blocks": [{"classes": [0, 1], "type": "residue_orbits", "modulus": "2", "shift_start": "0",
                              "shift_count": "1"},
                             {"classes": [1, 2], "type": "complete"}],
            "phases": ["0", "1", "2"]}


# ---------------------------------------------------------------------------------------------------
# Reading: one test per error message


@pytest.mark.parametrize("mutate, fragment", [
    (lambda d: d["classes"][0].update(size=4.5), "classes[0].size: expected an integer"),
    (lambda d: d["classes"][0].update(size="-4"), "classes[0].size: must be >= 1"),
    (lambda d: d["classes"][0].update(size="0"), "classes[0].size: must be >= 1"),
    (lambda d: d["classes"][0].update(size=True), "classes[0].size: expected an integer"),
    (lambda d: d["classes"][0].update(size="1" * 201), "more than 200 digits"),
    (lambda d: d["cross_blocks"][0].update(modulus="3"), "does not divide both class sizes"),
    (lambda d: d["cross_blocks"][0].update(shift_count="3"), "shift_count: must be <= modulus 2"),
    (lambda d: d["cross_blocks"][0].update(shift_start="2"), "shift_start: must be < modulus 2"),
    (lambda d: d["cross_blocks"][0].update(shift_count="-1"), "shift_count: must be >= 0"),
    (lambda d: d["cross_blocks"][0].update(type="partial"), "type: expected 'complete'"),
    (lambda d: d["cross_blocks"][0].update(classes=[0, 0]), "must be two different classes"),
    (lambda d: d["cross_blocks"][0].update(classes=[0, 7]), "must be two different classes"),
    (lambda d: d["cross_blocks"].append({"classes": [1, 0], "type": "absent"}), "listed twice"),
    (lambda d: d["phases"].pop(), "expected 3 phases, got 2"),
    (lambda d: d["phases"].__setitem__(1, "pi"), "phases[1]: expected a finite decimal"),
    (lambda d: d["phases"].__setitem__(1, "1" * 1001), "longer than 1000 characters"),
    (lambda d: d["phases"].__setitem__(1, "1e9"), "not a sensible angle"),
    (lambda d: d.update(claims={"mu": "0.5"}), "claims.mu: expected an exact fraction"),
    (lambda d: d.update(claims={"degree": "3"}), "unknown claim"),
    (lambda d: d.update(schema="other/1"), "unknown schema"),
    (lambda d: d.update(classes=[{"size": "2"}] * 65), "expected 2..64 classes"),
    (lambda d: d.update(cross_blocks={"0": 1}), "cross_blocks: expected a list"),
])
def test_malformed_specs_refused_with_one_line(mutate, fragment):
    d = minimal_dict()
    mutate(d)
    with pytest.raises(SpecError, match=None) as exc:
        load_spec(d)
    assert fragment in str(exc.value)
    assert "\n" not in str(exc.value)


def test_file_limits_and_json_errors(tmp_path):
    big = tmp_path / "big.json"
    big.write_text(json.dumps(minimal_dict()) + " " * MAX_SPEC_BYTES)
    with pytest.raises(SpecError, match="exceeds the spec limit"):
        load_spec(big)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "synctool-equitable-spec/1", "cross_blocks": [')
    with pytest.raises(SpecError, match="not valid JSON"):
        load_spec(bad)
    nan = tmp_path / "nan.json"
    nan.write_text(json.dumps(minimal_dict()).replace('"2"]', 'NaN]'))
    with pytest.raises(SpecError, match="NaN is not allowed"):
        load_spec(nan)
    huge = tmp_path / "huge.json"  # a bare 5000-digit JSON number must not reach int()
    huge.write_text(json.dumps(minimal_dict()).replace('"size": "4"', '"size": ' + "9" * 5000, 1))
    with pytest.raises(SpecError, match="more than 200 digits"):
        load_spec(huge)


def test_round_trip_and_exact_degrees():
    s = load_spec(minimal_dict())
    assert s.degree_matrix() == [[0, 3, 0], [2, 0, 4], [0, 6, 0]]
    assert s.class_degrees() == [6, 11, 9] and s.mu == Fraction(6, 13)
    assert load_spec(s.to_dict()) == s
    assert load_spec(json.loads(json.dumps(s.to_dict()))).to_dict() == s.to_dict()


def test_residue_rule_is_exactly_biregular_when_realised():
    s = load_spec(minimal_dict())
    A, _, cls = realize_spec(s)
    d = s.degree_matrix()
    for v in range(s.n):
        for j in range(s.k):
            assert A[v, cls == j].sum() == (d[cls[v]][j] if j != cls[v] else s.sizes[j] - 1)


def test_spec_from_degrees_rejects_non_biregular():
    with pytest.raises(SpecError, match="not exactly biregular"):
        spec_from_degrees([4, 6], [[0, 3], [3, 0]], ["0", "1"])


# ---------------------------------------------------------------------------------------------------
# The mathematics against the dense Jacobian (naive twin)


def test_quotient_and_transverse_bounds_match_dense_spectrum():
    s = ring_spec(k=10, unit=3, a=[2, 3] * 5, count=2, radius=2)
    res = verify_spec(s)
    A, th, cls = realize_spec(s)
    n = s.n
    J = A * np.cos(th[None, :] - th[:, None])
    J[np.diag_indices(n)] -= J.sum(axis=1)
    # class-constant (V) and zero-sum (W) parts
    P = np.zeros((n, s.k))
    P[np.arange(n), cls] = 1.0
    Qv, _ = np.linalg.qr(P)
    w_all = np.linalg.eigvalsh(J)
    wv = np.linalg.eigvalsh(Qv.T @ J @ Qv)
    proj = np.eye(n) - Qv @ Qv.T
    ww = np.linalg.eigvalsh(proj @ J @ proj + 1e3 * Qv @ Qv.T)  # W block; V pushed far up
    ww = ww[ww < 1e2]
    assert np.allclose(np.sort(np.concatenate([wv, ww])), w_all, atol=1e-8)  # invariant subspaces
    top_v = np.sort(wv)[-2]  # off the rotation
    assert res.step("quotient").holds and top_v <= -n * res.step("quotient").margin + 1e-9
    assert res.step("transverse").holds and ww.max() <= -n * res.step("transverse").margin + 1e-9


# ---------------------------------------------------------------------------------------------------
# Compact vs dense


def random_specs(count, max_n, seed):
    rng = np.random.default_rng(seed)
    out = []
    while len(out) < count:
        kind = len(out) % 3
        if kind < 2:  # rings of classes: stable or unstable twisted states
            k = int(rng.integers(5, 15))
            unit = int(rng.integers(2, 6))
            a = [int(rng.integers(1, 4))] * k if kind == 0 else [int(x) for x in rng.integers(2, 4, size=k)]
            cnt = int(rng.integers(0, unit + 1))
            q = 1 if kind == 0 or len(out) % 2 else int(rng.integers(1, k // 2 + 1))
            radius = int(rng.integers(1, k // 4 + 2))
            try:
                s = ring_spec(k, unit, a, cnt, q, radius)
            except Exception:  # noqa: BLE001 - Newton failed: draw again
                continue
        else:  # random equitable graphs at a random equilibrium (mostly saddles)
            k = int(rng.integers(3, 6))
            unit = int(rng.integers(2, 6))
            a = [int(x) for x in rng.integers(1, 5, size=k)]
            sizes = [unit * x for x in a]
            d = [[0] * k for _ in range(k)]
            for i in range(k):
                for j in range(i + 1, k):
                    cnt = int(rng.choice([0, unit, int(rng.integers(1, unit))]))
                    d[i][j], d[j][i] = cnt * a[j], cnt * a[i]
            try:
                ph = polish_phases(sizes, d, rng.uniform(0, 2 * np.pi, size=k), digits=40)
                s = spec_from_degrees(sizes, d, ph)
            except Exception:  # noqa: BLE001
                continue
        if s.n <= max_n:
            out.append(s)
    return out


def check_agreement(specs):
    counts = {"stable": 0, "unstable": 0, "sufficient-only": 0}
    for s in specs:
        res = verify_spec(s)
        chk, _, _ = certify_spec_dense(s)
        if res.holds:
            assert chk.stable, (s.to_dict(), chk.reason)
            counts["stable"] += 1
        elif chk.stable:
            # the comparison matrix is only sufficient; every other step must agree
            assert res.reason.startswith("transverse"), (s.to_dict(), res.reason)
            counts["sufficient-only"] += 1
        else:
            q = res.step("quotient")
            if q.margin is not None and q.margin < -1e-6:
                assert chk.max_eigenvalue > 0  # a proven unstable quotient mode is seen densely
            counts["unstable"] += 1
    return counts


def test_compact_and_dense_agree_on_small_specs():
    counts = check_agreement(random_specs(20, 300, seed=7))
    assert counts["stable"] >= 3 and counts["unstable"] >= 3, counts


@pytest.mark.slow
def test_compact_and_dense_agree_up_to_3000_vertices():
    specs = [s for s in random_specs(60, 3000, seed=11)]
    specs += [ring_spec(k=12, unit=125, a=[2] * 12, count=60, radius=2),
              ring_spec(k=10, unit=100, a=[3] * 10, count=30, radius=3)]
    assert max(s.n for s in specs) >= 3000
    counts = check_agreement(specs)
    assert counts["stable"] >= 3 and counts["unstable"] >= 3, counts


# ---------------------------------------------------------------------------------------------------
# Records: ours and the public catalog's


def test_record_64_93_spec_verifies_and_matches_recipe():
    s = load_spec(RECORD_SPEC)
    res = verify_spec(s)
    assert res.holds, res.reason
    rebuilt, report = record_spec(json.loads(RECIPE.read_text()))
    assert rebuilt.to_dict() == s.to_dict()
    assert report["recipe_mu"] == "64/93" and report["exactly_biregular"] == 0
    assert res.mu > Fraction(64, 93)


@pytest.mark.parametrize("path", CATALOG, ids=lambda p: p.name)
def test_catalog_records_verify(path):
    res = verify_spec(load_spec(path))
    assert res.holds, res.reason
    assert res.mu > Fraction(11, 16)


def test_catalog_reflection_rule_gives_signed_phases():
    s = load_spec(DATA / "ultrasmall_gap_n2e60.graph_spec.json")
    assert s.phases[0].startswith("-0.7296") and s.phases[1].startswith("0.7296")
    assert s.n == 2 * 10 ** 60 and s.claims["n"] == s.n


def test_catalog_seed_phases_are_refined_but_not_ours():
    s = load_spec(DATA / "five_pair_n22222217777778.graph_spec.json")
    assert s.phases_are_seed and s.k == 10 and s.phases[1] == "-0.78267532652767924"
    res = verify_spec(s)
    assert res.holds and "refined from the seed" in res.step("equilibrium").detail
    d = json.loads((DATA / "five_pair_n22222217777778.graph_spec.json").read_text())
    d["equilibrium"]["angle_seed"][0] = "0.78267542652767924"  # seed moved by 1e-7 < SEED_TOLERANCE
    moved = load_spec(d)
    assert verify_spec(moved).holds
    ours = load_spec(moved.to_dict())  # our schema: phases are claims, never moved
    assert not ours.phases_are_seed and not verify_spec(ours).step("equilibrium").holds


def test_fractional_config_spec_verifies():
    from synclib.record.fractional import make_config

    k = 7
    rho = np.zeros((k, k))
    for i in range(k):
        for j in range(k):
            dist = min((i - j) % k, (j - i) % k)
            rho[i, j] = 1.0 if dist <= 1 else (0.45 if dist == 2 else 0.0)
    cfg = make_config(np.ones(k) / k, 2 * np.pi * np.arange(k) / k, rho)
    s = spec_from_fractional(cfg, 10 ** 30)
    assert s.n % 10 ** 26 == 0 and abs(s.n - 10 ** 30) <= 10 ** 27
    res = verify_spec(s)
    assert res.holds, res.reason


# ---------------------------------------------------------------------------------------------------
# Tampering: each fails in the step that checks it


def catalog_dict():
    return json.loads((DATA / "six_class_n460800.graph_spec.json").read_text())


def test_tampered_phase_fails():
    d = catalog_dict()
    d["equilibrium"]["phase_strings"][2] = d["equilibrium"]["phase_strings"][2][:8] + "9"
    res = verify_spec(load_spec(d))
    assert not res.holds and not res.step("equilibrium").holds


def test_tampered_class_size_fails():
    d = catalog_dict()
    del d["vertex_count"]  # no claim to catch it: the equilibrium must
    d["classes"][4]["size"] += 41400
    d["classes"][5]["size"] += 41400
    res = verify_spec(load_spec(d))
    assert not res.holds and not res.step("equilibrium").holds


def test_tampered_block_count_fails():
    d = catalog_dict()
    d["cross_blocks"][0]["shift_count"] += 1
    res = verify_spec(load_spec(d))
    assert not res.holds and not res.step("equilibrium").holds


def test_tampered_block_modulus_fails():
    d = catalog_dict()
    assert d["cross_blocks"][-1]["modulus"] == 41400
    d["cross_blocks"][-1]["modulus"] = 20700  # still divides both sizes; the density doubles
    res = verify_spec(load_spec(d))
    assert not res.holds and not res.step("equilibrium").holds


def test_tampered_claimed_mu_fails():
    s = load_spec(RECORD_SPEC)
    d = s.to_dict()
    p, q = (int(x) for x in d["claims"]["mu"].split("/"))
    d["claims"]["mu"] = f"{p + 1}/{q}"
    res = verify_spec(load_spec(d))
    assert not res.holds and not res.step("mu").holds
    assert res.step("equilibrium").holds


def test_unstable_quotient_fails():
    s = ring_spec(k=5, unit=2, count=None, q=2)  # 2-twisted 5-ring blow-up: unstable
    res = verify_spec(s)
    assert res.step("equilibrium").holds and not res.step("quotient").holds


def test_in_phase_state_is_not_a_witness():
    s = spec_from_degrees([2, 2, 2], [[0, 2, 2], [2, 0, 2], [2, 2, 0]], ["0.5", "0.5", "0.5"])
    res = verify_spec(s)
    assert not res.holds and "in-phase" in res.reason


# ---------------------------------------------------------------------------------------------------
# Command line


def test_cli_verify_spec_ok_and_json():
    res = run("verify", RECORD_SPEC)
    assert res.exit_code == 0, res.output
    for step in ("mu", "equilibrium", "quotient", "transverse"):
        assert f"[ok] {step}:" in res.output
    res = run("verify", DATA / "eight_class_n2e16.graph_spec.json", "--json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    assert d["holds"] and d["min_degree"] == "13830397565368202"


def test_cli_verify_tampered_spec_fails_cleanly(tmp_path):
    d = catalog_dict()
    d["vertex_count"] += 1
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(d))
    assert_clean_error(run("verify", p), 1, "spec does not verify", "claimed n")
    res = run("verify", p, "--json")
    assert res.exit_code == 1 and json.loads(res.output)["holds"] is False


def test_cli_verify_malformed_spec(tmp_path):
    d = minimal_dict()
    d["cross_blocks"][0]["modulus"] = "3"
    p = tmp_path / "bad.json"
    p.write_text(json.dumps(d))
    assert is_spec_file(p)
    assert_clean_error(run("verify", p), 1, "does not divide both class sizes")


def test_cli_realize_and_dense_certificate(tmp_path):
    s = ring_spec(k=10, unit=3, a=[2, 3] * 5, count=2, radius=2)
    sp = tmp_path / "s.json"
    sp.write_text(json.dumps(s.to_dict()))
    out, cert = tmp_path / "g.gml", tmp_path / "c.json"
    res = run("realize", sp, "--out", out, "--certificate", cert)
    assert res.exit_code == 0, res.output
    G = nx.read_gml(out)
    assert G.number_of_nodes() == s.n and min(d for _, d in G.degree()) == s.min_degree
    assert not is_spec_file(cert)
    res = run("verify", cert)
    assert res.exit_code == 0, res.output


def test_cli_realize_refuses_large(tmp_path):
    assert_clean_error(run("realize", RECORD_SPEC, "--out", tmp_path / "g.gml"), 1, "exceeds the realize limit")


def test_verifier_constants_are_named():
    assert spec_mod.MAX_INT_DIGITS == 200 and spec_mod.EQUILIBRIUM_TOLERANCE <= 1e-9
    assert copy.deepcopy(load_spec(minimal_dict())) == load_spec(minimal_dict())


# ---------------------------------------------------------------------------------------------------
# Dense check that scales: verified Cholesky (Rump-style bound) against the eigen-decomposition path


def test_verified_cholesky_agrees_with_dense_eigen_check():
    from synclib.certify.dense_cholesky import certify_equilibrium_cholesky
    from synclib.certify.equilibrium import certify_equilibrium

    seen = set()
    for s in random_specs(6, 150, seed=5):
        A, th, _ = realize_spec(s)
        a, b = certify_equilibrium(A, th), certify_equilibrium_cholesky(A, th)
        assert a.stable == b.stable, (s.to_dict(), a.reason, b.reason)
        seen.add(b.stable)
        if b.stable:  # a rigorous bound is never below the true top eigenvalue off the rotation
            J = A * np.cos(th[None, :] - th[:, None])
            J[np.diag_indices_from(J)] -= J.sum(axis=1)
            assert np.linalg.eigvalsh(J)[-2] <= b.certified_upper_bound < 0
    assert seen == {True, False}


def test_verified_cholesky_refuses_a_shift_it_cannot_prove():
    from synclib.certify.dense_cholesky import certify_equilibrium_cholesky

    s = ring_spec(k=10, unit=3, a=[2, 3] * 5, count=2, radius=2)
    A, th, _ = realize_spec(s)
    J = A * np.cos(th[None, :] - th[:, None])
    J[np.diag_indices_from(J)] -= J.sum(axis=1)
    gap = -np.linalg.eigvalsh(J)[-2]
    assert certify_equilibrium_cholesky(A, th, shift=0.5 * gap).stable
    res = certify_equilibrium_cholesky(A, th, shift=1.01 * gap)
    assert not res.stable and "Cholesky" in res.reason
    with pytest.raises(Exception, match="symmetric"):
        B = A.copy()
        B[0, 5] = 1 - B[0, 5]
        certify_equilibrium_cholesky(B, th)
