"""synclib.known_bounds: the registry, its labels, and the record a graph is compared with."""

import json
from fractions import Fraction
from importlib import resources

from synclib.bound.verdict import _compare_record
from synclib.known_bounds import (KNOWN_BOUNDS, RECORD, RECORD_LOWER, SHIPPED_RECORD_SPEC, compare_to_bounds,
                                  lower_bounds)


def _shipped_mu() -> Fraction:
    spec = json.loads(resources.files("synclib").joinpath(SHIPPED_RECORD_SPEC).read_text())
    return Fraction(spec["claims"]["mu"])


def test_record_is_the_best_certified_lower_bound():
    certified = [b for b in lower_bounds() if b.certified]
    assert RECORD == max(certified, key=lambda b: b.value) and RECORD_LOWER == RECORD.value
    # an unrefereed, unverified claim never becomes the record, even when it is higher
    uncertified = [b for b in lower_bounds() if not b.certified]
    assert all(b.status in ("not refereed", "preprint") for b in uncertified)
    assert {b.status for b in KNOWN_BOUNDS} <= {"refereed", "preprint", "not refereed", "verified by synctool verify"}


def test_catalog_and_shipped_spec_are_listed_with_their_status():
    cat = [b for b in KNOWN_BOUNDS if "kuramoto-11-16-witness" in b.source]
    assert len(cat) == 1 and cat[0].value == 0.6915537606 and cat[0].status == "not refereed"
    assert not cat[0].certified
    ours = [b for b in KNOWN_BOUNDS if SHIPPED_RECORD_SPEC in b.source]
    assert len(ours) == 1 and ours[0].status == "verified by synctool verify" and ours[0].certified
    assert Fraction(ours[0].exact) == _shipped_mu() and ours[0].value == float(_shipped_mu())
    assert any(b.exact == "11/16" and b.status == "refereed" for b in KNOWN_BOUNDS)


def test_comparisons_name_the_record():
    d = compare_to_bounds(0.69)
    assert d["record"]["source"] == RECORD.source and d["record_lower"] == RECORD_LOWER
    assert d["exceeds_record"] == (0.69 > RECORD_LOWER)
    text = _compare_record(0.6875)
    assert RECORD.source in text and RECORD.status in text and "below" in text
    assert "exceeds" in _compare_record(RECORD_LOWER + 1e-3)
