"""Command-line edge of the equitable witness specs: ``synctool realize`` and the spec branch of
``synctool verify`` (:func:`verify_spec_file`). Thin: parse, call the library, print."""

from __future__ import annotations

import sys

import click

from synclib.cli._options import echo_json, json_option
from synclib.exceptions import SyncLibError

__all__ = ["realize", "verify_spec_file"]


def verify_spec_file(path: str, as_json: bool) -> None:
    """``synctool verify SPEC``: every step with its margin; exit 1 with a one-line reason unless all hold."""
    from synclib.certify.spec import verify_spec
    from synclib.certify.spec_io import load_spec

    spec = load_spec(path)
    result = verify_spec(spec)
    if as_json:
        echo_json({"spec": path, "source_schema": spec.source_schema, **result.to_dict()})
        if not result.holds:
            sys.exit(1)
        return
    click.echo(f"spec:        {path} ({spec.source_schema}, k = {spec.k} classes)")
    for s in result.steps:
        click.echo(f"[{'ok' if s.holds else 'FAIL'}] {s.name}: {s.detail}")
    if not result.holds:
        raise SyncLibError(f"{path}: spec does not verify: {result.reason}")
    click.echo(f"spec holds: a linearly stable non-in-phase equilibrium exists, so mu_c >= "
               f"{result.mu.numerator}/{result.mu.denominator} ~ {float(result.mu):.12f}")


@click.command()
@click.argument("spec_path", metavar="SPEC", type=click.Path(dir_okay=False, path_type=str))
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), required=True,
              help="Write the graph here as GML (node attributes cls and phase).")
@click.option("--certificate", "certificate_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also run the dense rigorous check at the spec's phases and write a certificate "
                   "(re-checked by `synctool verify`).")
@json_option
def realize(spec_path, out, certificate_path, as_json):
    """Build the explicit graph of a small SPEC (at most 5000 vertices) for the dense cross-check."""
    import networkx as nx

    from synclib.certify.spec_io import load_spec
    from synclib.record.to_spec import REALIZE_MAX_VERTICES, certify_spec_dense, spec_graph

    spec = load_spec(spec_path)
    if spec.n > REALIZE_MAX_VERTICES:
        raise SyncLibError(f"{spec_path}: n = {spec.n} vertices exceeds the realize limit of "
                           f"{REALIZE_MAX_VERTICES}; use `synctool verify` on the spec instead")
    G = spec_graph(spec)
    try:
        nx.write_gml(G, out)
    except OSError as exc:
        raise SyncLibError(f"--out {out}: {exc.strerror or exc}") from exc
    payload = {"spec": spec_path, "graph": out, "n": spec.n, "edges": G.number_of_edges(),
               "min_degree": spec.min_degree, "mu_fraction": f"{spec.mu.numerator}/{spec.mu.denominator}"}
    if certificate_path:
        from synclib.certify.certificate import make_certificate, write_certificate

        chk, _, theta = certify_spec_dense(spec, max_dense=REALIZE_MAX_VERTICES)
        payload["dense_check"] = chk.to_dict()
        if chk.stable:
            witness = {"kind": "equitable-spec", "sizes": [int(c) for c in spec.sizes],
                       "class_phases": list(spec.phases), "construction": "synclib.record.to_spec.realize_spec"}
            stability = {"method": chk.method, "max_eigenvalue": chk.max_eigenvalue,
                         "error_bound": chk.error_bound, "certified_upper_bound": chk.certified_upper_bound,
                         "residual": chk.residual, "existence_radius": chk.existence_radius}
            write_certificate(make_certificate(G, theta, witness=witness, stability=stability), certificate_path)
            payload["certificate"] = certificate_path
    if as_json:
        echo_json(payload)
    else:
        click.echo(f"graph:       {out} (n = {spec.n}, {payload['edges']} edges, min degree {spec.min_degree}, "
                   f"mu = {payload['mu_fraction']})")
        if certificate_path:
            chk = payload["dense_check"]
            click.echo(f"dense check: {'stable' if chk['stable'] else 'NOT certified'} ({chk['reason']})")
            if "certificate" in payload:
                click.echo(f"certificate: {certificate_path}")
    if certificate_path and "certificate" not in payload:
        raise SyncLibError(f"--certificate: the dense check does not certify the realised graph: "
                           f"{payload['dense_check']['reason']}")
