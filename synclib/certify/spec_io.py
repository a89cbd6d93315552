"""Reading witness specs: our schema ``synctool-equitable-spec/1`` and the public catalog's
``graph_spec.json`` files (:mod:`synclib.certify.spec` defines the types and proves them).

Every limit is checked before a value is converted (file size, integer digits, phase length, number of
classes); JSON numbers are kept as text so that a huge integer never reaches ``int()``.
"""

from __future__ import annotations

import json
import math
import os
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path


from synclib.certify.spec import (MAX_CLASSES, MAX_INT_DIGITS, MAX_PHASE_CHARS, MAX_SPEC_BYTES, SCHEMA,
                                  CrossBlock, EquitableSpec, SpecError)

__all__ = ["is_spec_file", "load_spec", "spec_from_degrees"]

# ---------------------------------------------------------------------------------------------------
# Reading and validation

_INT_RE = re.compile(r"[+-]?\d+")
_DEC_RE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?")


class _JsonNumber(str):
    """A JSON number literal kept as text (so no huge int or float is ever converted by json)."""


def _json_loads(text: str, where: str):
    def bad_constant(name):
        raise SpecError(f"{where}: {name} is not allowed in a spec")

    try:
        return json.loads(text, parse_int=_JsonNumber, parse_float=_JsonNumber, parse_constant=bad_constant)
    except json.JSONDecodeError as exc:
        raise SpecError(f"{where}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise SpecError(f"{where}: JSON nested too deeply") from None


def _int(value, name: str, *, minimum: int | None = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise SpecError(f"{name}: expected an integer (decimal string), got {type(value).__name__}")
    s = str(value).strip()
    if len(s.lstrip("+-")) > MAX_INT_DIGITS:
        raise SpecError(f"{name}: integer has more than {MAX_INT_DIGITS} digits")
    if not _INT_RE.fullmatch(s):
        raise SpecError(f"{name}: expected an integer, got {s[:40]!r}")
    v = int(s)
    if minimum is not None and v < minimum:
        raise SpecError(f"{name}: must be >= {minimum}, got {v}")
    return v


def _phase(value, name: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SpecError(f"{name}: expected a decimal string, got {type(value).__name__}")
    s = str(value).strip()
    if len(s) > MAX_PHASE_CHARS:
        raise SpecError(f"{name}: phase string longer than {MAX_PHASE_CHARS} characters")
    if not _DEC_RE.fullmatch(s):
        raise SpecError(f"{name}: expected a finite decimal number, got {s[:40]!r}")
    if abs(Decimal(s)) > 1000:
        raise SpecError(f"{name}: phase {s[:40]} is not a sensible angle (|phase| > 1000)")
    return s


def _mu_claim(value, name: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise SpecError(f"{name}: expected 'p/q', got {type(value).__name__}")
    s = str(value).strip()
    m = re.fullmatch(r"(\d+)\s*/\s*(\d+)", s)
    if not m:
        raise SpecError(f"{name}: expected an exact fraction 'p/q', got {s[:40]!r}")
    p, q = _int(m.group(1), name), _int(m.group(2), name, minimum=1)
    return Fraction(p, q)


def _as_list(value, name: str) -> list:
    if not isinstance(value, list):
        raise SpecError(f"{name}: expected a list, got {type(value).__name__}")
    return value


def _parse_blocks(raw, sizes, where) -> tuple[CrossBlock, ...]:
    k = len(sizes)
    seen: set[tuple[int, int]] = set()
    out = []
    for t, b in enumerate(_as_list(raw, f"{where}: cross_blocks")):
        nm = f"{where}: cross_blocks[{t}]"
        if not isinstance(b, dict):
            raise SpecError(f"{nm}: expected an object")
        pair = _as_list(b.get("classes"), f"{nm}.classes")
        if len(pair) != 2:
            raise SpecError(f"{nm}.classes: expected two class indices")
        i, j = (_int(x, f"{nm}.classes") for x in pair)
        if i >= k or j >= k or i == j:
            raise SpecError(f"{nm}.classes: [{i}, {j}] must be two different classes in 0..{k - 1}")
        key = (min(i, j), max(i, j))
        if key in seen:
            raise SpecError(f"{nm}: pair {list(key)} listed twice")
        seen.add(key)
        typ = b.get("type")
        if typ in ("complete", "absent"):
            out.append(CrossBlock(i, j, typ))
        elif typ == "residue_orbits":
            g = _int(b.get("modulus"), f"{nm}.modulus", minimum=1)
            s = _int(b.get("shift_start", "0"), f"{nm}.shift_start")
            c = _int(b.get("shift_count"), f"{nm}.shift_count")
            if sizes[i] % g or sizes[j] % g:
                raise SpecError(f"{nm}.modulus: {g} does not divide both class sizes (the block would "
                                f"not be provably equitable)")
            if s >= g:
                raise SpecError(f"{nm}.shift_start: must be < modulus {g}, got {s}")
            if c > g:
                raise SpecError(f"{nm}.shift_count: must be <= modulus {g}, got {c}")
            out.append(CrossBlock(i, j, typ, g, s, c))
        else:
            raise SpecError(f"{nm}.type: expected 'complete', 'absent' or 'residue_orbits', got {typ!r}")
    return tuple(sorted(out, key=lambda blk: (min(blk.i, blk.j), max(blk.i, blk.j))))


def _phase_rule(rule: str, angles: list, k: int, where: str) -> list:
    """Phases from reflected angles: rules such as "[theta0,-theta0,theta1,-theta1]" (0- or 1-based) or
    "[theta1,-theta1,...,thetam,-thetam]" (every angle a, then -a)."""
    if "..." in rule:
        tokens = [(sign, str(a + 1)) for a in range(len(angles)) for sign in ("", "-")]
    else:
        tokens = re.findall(r"(-?)\s*theta_?(\d+)", rule)
    if len(tokens) != k:
        raise SpecError(f"{where}: phase rule {rule[:60]!r} does not give one phase per class")
    base = min(int(idx) for _, idx in tokens)
    out = []
    for sign, idx in tokens:
        a = int(idx) - base
        if a >= len(angles):
            raise SpecError(f"{where}: phase rule uses theta{idx} but only {len(angles)} angles are given")
        s = _phase(angles[a], f"{where}: angle {a}").lstrip("+")
        if sign:
            s = s[1:] if s.startswith("-") else "-" + s
        out.append(s)
    return out


def _catalog_fields(d: dict, where: str) -> tuple[list, dict, dict]:
    """Phases, claims and provenance of a public-catalog graph_spec.json."""
    eq = d.get("equilibrium")
    if not isinstance(eq, dict):
        raise SpecError(f"{where}: catalog spec without an 'equilibrium' object")
    k = len(d.get("classes", []))
    seed = False
    if "phase_strings" in eq:
        phases = _as_list(eq["phase_strings"], f"{where}: equilibrium.phase_strings")
    else:
        rule = eq.get("phase_rule") or eq.get("parameterization")
        angles = eq.get("angle_strings") or eq.get("angle_seed")
        seed = "angle_strings" not in eq
        if not isinstance(rule, str) or not isinstance(angles, list):
            raise SpecError(f"{where}: equilibrium needs 'phase_strings' or angles with a 'phase_rule'")
        phases = _phase_rule(rule.split("=")[-1], angles, k, where)
    if isinstance(d.get("within_class"), dict) and d["within_class"].get("type", "clique") != "clique":
        raise SpecError(f"{where}: within_class must be 'clique'")
    for c in d.get("classes", []):
        if isinstance(c, dict) and c.get("within", "clique") != "clique":
            raise SpecError(f"{where}: class {c.get('id')} is not a clique")
    claims: dict = {}
    if "vertex_count" in d:
        claims["n"] = d["vertex_count"]
    for key in ("record", "construction_screen"):
        rec = d.get(key)
        if isinstance(rec, dict):
            if "minimum_degree" in rec:
                claims.setdefault("min_degree", rec["minimum_degree"])
            for mk in ("minimum_degree_ratio", "mu_exact"):
                if mk in rec:
                    claims.setdefault("mu", rec[mk])
    prov = {"catalog_schema": str(d.get("schema")), "description": str(d.get("description", ""))[:500],
            "phases_are_seed": seed}
    tgt = d.get("target_min_degree_ratio")
    if isinstance(tgt, dict):
        prov["target_min_degree_ratio"] = f"{tgt.get('numerator')}/{tgt.get('denominator')}"
    return phases, claims, prov


def _from_dict(d, where: str) -> EquitableSpec:
    if not isinstance(d, dict):
        raise SpecError(f"{where}: a spec must be a JSON object")
    schema = d.get("schema")
    if not isinstance(schema, str):
        raise SpecError(f"{where}: missing 'schema'")
    classes = _as_list(d.get("classes"), f"{where}: classes")
    if not 2 <= len(classes) <= MAX_CLASSES:
        raise SpecError(f"{where}: classes: expected 2..{MAX_CLASSES} classes, got {len(classes)}")
    if schema == SCHEMA:
        phases_raw = _as_list(d.get("phases"), f"{where}: phases")
        claims_raw = d.get("claims", {})
        if not isinstance(claims_raw, dict):
            raise SpecError(f"{where}: claims must be an object")
        prov = d.get("provenance", {})
        if not isinstance(prov, dict):
            raise SpecError(f"{where}: provenance must be an object")
    elif "cross_blocks" in d and "equilibrium" in d:
        phases_raw, claims_raw, prov = _catalog_fields(d, where)
    else:
        raise SpecError(f"{where}: unknown schema {schema[:60]!r} (expected {SCHEMA!r} or a catalog graph_spec)")
    sizes = []
    for t, c in enumerate(classes):
        if not isinstance(c, dict):
            raise SpecError(f"{where}: classes[{t}]: expected an object with 'size'")
        sizes.append(_int(c.get("size"), f"{where}: classes[{t}].size", minimum=1))
    sizes = tuple(sizes)
    blocks = _parse_blocks(d.get("cross_blocks", []), sizes, where)
    if len(phases_raw) != len(sizes):
        raise SpecError(f"{where}: phases: expected {len(sizes)} phases, got {len(phases_raw)}")
    phases = tuple(_phase(p, f"{where}: phases[{t}]") for t, p in enumerate(phases_raw))
    claims = {}
    for key, val in claims_raw.items():
        if key in ("n", "min_degree"):
            claims[key] = _int(val, f"{where}: claims.{key}")
        elif key == "mu":
            claims[key] = _mu_claim(val, f"{where}: claims.mu")
        else:
            raise SpecError(f"{where}: claims.{key}: unknown claim (expected n, min_degree, mu)")
    seed = schema != SCHEMA and bool(prov.get("phases_are_seed"))
    return EquitableSpec(sizes, blocks, phases, claims, json.loads(json.dumps(prov)), str(schema), seed)


def load_spec(source) -> EquitableSpec:
    """Read and validate a spec (ours or a public-catalog ``graph_spec.json``).

    Parameters
    ----------
    source : str, os.PathLike or dict
        A path to a JSON file (refused above ``MAX_SPEC_BYTES`` before it is read) or an already
        parsed dict.

    Returns
    -------
    EquitableSpec

    Raises
    ------
    SpecError
        One line naming the file and the field: wrong types, negative or zero sizes, a modulus that
        does not divide both sizes, a shift count above the modulus, oversized numbers, ...

    Examples
    --------
    >>> spec = load_spec({"schema": "synctool-equitable-spec/1",
    ...                   "classes": [{"size": "2"}, {"size": "2"}],
    ...                   "cross_blocks": [{"classes": [0, 1], "type": "residue_orbits",
    ...                                     "modulus": "2", "shift_start": "0", "shift_count": "1"}],
    ...                   "phases": ["0", "3.14159"]})
    >>> spec.n, spec.degree_matrix(), spec.mu
    (4, [[0, 1], [1, 0]], Fraction(2, 3))
    """
    if isinstance(source, dict):
        return _from_dict(json.loads(json.dumps(source), parse_int=_JsonNumber, parse_float=_JsonNumber),
                          "spec")
    path = Path(source)
    where = str(path)
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise SpecError(f"{where}: cannot read: {exc.strerror or exc}") from None
    if size > MAX_SPEC_BYTES:
        raise SpecError(f"{where}: {size} bytes exceeds the spec limit of {MAX_SPEC_BYTES} bytes")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SpecError(f"{where}: not UTF-8 text") from None
    except OSError as exc:
        raise SpecError(f"{where}: cannot read: {exc.strerror or exc}") from None
    return _from_dict(_json_loads(text, where), where)


def is_spec_file(path) -> bool:
    """True when ``path`` holds a spec (a JSON object with top-level ``classes`` and ``cross_blocks``).

    Files above ``MAX_SPEC_BYTES`` are not parsed: they count as specs when their first 64 kB mention
    ``cross_blocks`` and not ``format`` (a certificate's first key), so :func:`load_spec` refuses them.
    """
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    if b'"cross_blocks"' not in head:
        return False
    if size > MAX_SPEC_BYTES:
        return b'"format"' not in head
    try:
        d = json.loads(open(path, encoding="utf-8").read(), parse_int=_JsonNumber, parse_float=_JsonNumber)
    except (ValueError, UnicodeDecodeError, RecursionError, OSError):
        return True  # looks like a spec; load_spec gives the one-line error
    return isinstance(d, dict) and "cross_blocks" in d and "classes" in d


def spec_from_degrees(sizes, degrees, phases, provenance=None, claims=None) -> EquitableSpec:
    """A spec from exact class sizes and an exactly biregular degree matrix.

    Parameters
    ----------
    sizes : sequence of int
        Class sizes c_i >= 1 (each class a clique).
    degrees : k x k nested sequence of int
        d_ij = neighbours of a vertex of class i in class j (diagonal ignored); must satisfy
        c_i d_ij = c_j d_ji and 0 <= d_ij <= c_j.
    phases : sequence of str or float
        One phase per class (floats are written with ``repr``, i.e. 17 significant digits).
    provenance, claims : dict, optional
        Stored as given (claims are validated).

    Returns
    -------
    EquitableSpec
        Complete blocks where d_ij = c_j, absent where 0, otherwise a residue-orbit block with modulus
        g = gcd(c_i, c_j), shift start 0 and count d_ij g / c_j (an integer because c_i d_ij = c_j d_ji
        and gcd(c_i / g, c_j / g) = 1).

    Examples
    --------
    >>> s = spec_from_degrees([4, 6], [[0, 3], [2, 0]], ["0", "1"])
    >>> s.blocks[0].to_dict()
    {'classes': [0, 1], 'type': 'residue_orbits', 'modulus': '2', 'shift_start': '0', 'shift_count': '1'}
    """
    sizes = [int(c) for c in sizes]
    k = len(sizes)
    d = [[int(x) for x in row] for row in degrees]
    if len(d) != k or any(len(row) != k for row in d):
        raise SpecError(f"degrees: expected a {k} x {k} matrix")
    blocks = []
    for i in range(k):
        for j in range(i + 1, k):
            dij, dji = d[i][j], d[j][i]
            if sizes[i] * dij != sizes[j] * dji or not 0 <= dij <= sizes[j]:
                raise SpecError(f"degrees[{i}][{j}]: ({dij}, {dji}) is not exactly biregular for sizes "
                                f"({sizes[i]}, {sizes[j]})")
            if dij == 0:
                blocks.append({"classes": [i, j], "type": "absent"})
            elif dij == sizes[j]:
                blocks.append({"classes": [i, j], "type": "complete"})
            else:
                g = math.gcd(sizes[i], sizes[j])
                blocks.append({"classes": [i, j], "type": "residue_orbits", "modulus": str(g),
                               "shift_start": "0", "shift_count": str(dij * g // sizes[j])})
    ph = [p if isinstance(p, str) else repr(float(p)) for p in phases]
    raw = {"schema": SCHEMA, "classes": [{"size": str(c)} for c in sizes], "cross_blocks": blocks,
           "phases": ph}
    if claims:
        raw["claims"] = {key: str(v) for key, v in claims.items()}
    if provenance:
        raw["provenance"] = provenance
    return load_spec(raw)
