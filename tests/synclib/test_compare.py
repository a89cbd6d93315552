"""Tests of synclib.circulant.compare and `synctool compare` against the table published with Yoneda, Tatsukawa &
Teramae, Chaos 31, 063124 (2021) (github.com/yonesuke/DenseSync, python/results/results.csv at commit
32ccc6c5, shipped as synclib/data/densesync_results.csv.gz; columns N, p, r = degree/(N-1)).

Known defects of that table (synclib/data/README.md): rows with N/gcd(N, p) < 5 carry values although no
stable twisted state exists, e.g. (60, 15) = -3.6e7; (332, 4) and (354, 3) disagree with the optimum.
Our exact bound and direct MILP solves put those two ABOVE the proven optimum (225 vs 223, 240 vs 238).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math

import pandas as pd
import pytest
from click.testing import CliRunner

from cli import synctool
from synclib.circulant.solve import solve_circulant
from synclib.circulant import compare as compare_module
from synclib.circulant.compare import (CATEGORIES, compare_published, compare_table, published_table_path,
                                       read_published_table)
from synclib.exceptions import SyncLibError
from synclib.circulant.sweep import run_sweep

SUBSET_N = (2, 3, 4, 19, 38, 54, 60, 120, 332, 354)
# SHA-256 of results.csv at DenseSync commit 32ccc6c5 (synclib/data/README.md)
PUBLISHED_SHA256 = "be591fff3a0ee607c6a0f63645054478c61a0decb40f00231c1ba6ae2a297dca"


def test_shipped_table_is_the_published_file():
    with gzip.open(published_table_path(), "rb") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == PUBLISHED_SHA256
    table = read_published_table(published_table_path())
    assert len(table) == 90000 and table.N.min() == 2 and table.N.max() == 600
    assert len(table.drop_duplicates(["N", "p"])) == 90000 and (table.p <= table.N // 2).all()


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    df = pd.read_csv(published_table_path())
    part = df[df["N"].isin(SUBSET_N)]
    path = tmp_path_factory.mktemp("cmp") / "subset.csv"
    part.to_csv(path, index=False)
    return path, part


def test_subset_finds_the_invalid_and_the_wrong_rows(subset):
    path, part = subset
    res = compare_published(path, workers=1)
    dis = res.disagreements.set_index(["N", "p"])
    # independently: every row with N/gcd(N, p) < 5 is infeasible, and all of them carry a value
    infeasible = {(n, p) for n, p in zip(part.N, part.p) if n // math.gcd(n, p) < 5}
    flagged = set(dis[dis.category == "infeasible_given_value"].index)
    assert flagged == infeasible and len(infeasible) >= 15
    assert dis.loc[(60, 15), "r"] == pytest.approx(-3.641145e7, rel=1e-6)
    for (n, p), ours in (((332, 4), 223), ((354, 3), 238), ((54, 9), 30)):
        direct = solve_circulant(n, p, method="milp", solver="highs")  # no gcd reduction, no closed form
        assert direct.status == "optimal" and direct.degree == ours
        row = dis.loc[(n, p)]
        assert row["our_degree"] == ours and row["published_degree"] == ours + 2
        assert row["category"] == "other" and row["detail"] == "above_optimum"
        assert "exceeds the proven optimum" in row["reason"]
    assert (19, 1) not in dis.index and (38, 2) not in dis.index  # rows that are right are not listed
    assert res.rows == len(part) and res.agree + len(dis) == res.rows
    assert res.counts["infeasible_given_value"] == len(infeasible)


def test_categories_on_a_synthetic_table(tmp_path):
    rows = [
        (19, 1, 10 / 18),      # right
        (38, 2, 21 / 37),      # below the optimum 23: sub-optimal
        (38, 1, 25 / 37),      # above the optimum: other
        (40, 5, 24.5 / 39),    # not an integer degree: other
        (40, 1, float("nan")),  # missing value: other
        (20, 5, 0.3),          # N/gcd = 4: infeasible, given a value
        (20, 10, float("nan")),  # infeasible, no value: fine
        (4, 1, 0.666665),      # N < 5: infeasible, given a value
    ]
    path = tmp_path / "t.csv"
    pd.DataFrame(rows, columns=["N", "p", "r"]).to_csv(path, index=False)
    res = compare_published(path, workers=1)
    cat = {(r.N, r.p): r.category for r in res.disagreements.itertuples()}
    assert cat == {(38, 2): "suboptimal", (38, 1): "other", (40, 5): "other", (40, 1): "other",
                   (20, 5): "infeasible_given_value", (4, 1): "infeasible_given_value"}
    detail = {(r.N, r.p): r.detail for r in res.disagreements.itertuples()}
    assert detail[(38, 1)] == "above_optimum" and detail[(40, 5)] == "non_integer" and detail[(40, 1)] == "missing"
    assert res.agree == 2 and res.counts == {"infeasible_given_value": 2, "suboptimal": 1, "other": 3}
    assert set(res.counts) == set(CATEGORIES)


def test_compare_needs_every_class():
    table = pd.DataFrame({"N": [19], "p": [1], "r": [10 / 18]})
    with pytest.raises(SyncLibError, match="not solved"):
        compare_table(table, [])
    classes = run_sweep([19], workers=1).classes
    assert compare_table(table, classes).agree == 1


@pytest.mark.parametrize("content, word", [
    ("N,p\n5,1\n", "missing column(s) r"),
    ("N,p,r\n5.5,1,0.5\n", "column N must hold integers"),
    ("N,p,r\n5,x,0.5\n", "column p must hold integers"),
    ("N,p,r\n5,1,abc\n", "column r must be numeric"),
    ("N,p,r\n5,3,0.5\n", "1 <= p <= N//2"),
    ("", "not a readable CSV"),
])
def test_bad_tables(tmp_path, content, word):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(SyncLibError, match="^" + str(path).replace(".", r"\.") + ":"):
        read_published_table(path)
    result = CliRunner().invoke(synctool, ["compare", str(path)])
    assert result.exit_code == 1 and word in result.output and "Traceback" not in result.output


def test_missing_table_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(synctool, ["compare", str(tmp_path / "nope.csv")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_cli_compare_json_and_text(subset, tmp_path):
    path, part = subset
    db = tmp_path / "cmp.sqlite"
    result = CliRunner().invoke(synctool, ["compare", str(path), "--db", str(db), "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["rows"] == len(part) and payload["disagree"] == len(payload["disagreements"])
    listed = {(d["N"], d["p"]): d["category"] for d in payload["disagreements"]}
    assert listed[(60, 15)] == "infeasible_given_value" and listed[(332, 4)] == listed[(354, 3)] == "other"
    assert db.exists()  # the store is reused by the text run below (no work repeated)
    text = CliRunner().invoke(synctool, ["compare", str(path), "--db", str(db), "--limit", "2"])
    assert text.exit_code == 0 and "infeasible_given_value:" in text.output and "more (see --json)" in text.output


def test_cli_compare_defaults_to_the_shipped_table(subset, monkeypatch, tmp_path):
    """Without a TABLE argument the command reads published_table_path() (here pointed at the subset, so
    the run stays short; test_full_published_table runs the real default)."""
    path, part = subset
    monkeypatch.setattr(compare_module, "published_table_path", lambda: str(path))
    result = CliRunner().invoke(synctool, ["compare", "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["table"] == str(path) and payload["rows"] == len(part)


@pytest.mark.slow
def test_full_published_table():
    res = compare_published(workers=2)  # the shipped table
    assert res.path == published_table_path()
    assert res.rows == 90000
    assert res.counts["infeasible_given_value"] == 650  # every row with N/gcd < 5 (508 of them positive)
    assert res.counts["suboptimal"] == 0
    dis = res.disagreements.set_index(["N", "p"])
    assert {(332, 4), (354, 3), (60, 15)} <= set(dis.index)
