"""Command-line edge of synclib's core: ``synctool bound``, ``synctool verify``, ``synctool circulant``.

Thin commands: parse, call the library, print text or ``--json``. No computation lives here.
"""

from __future__ import annotations

import sys

import click

from synclib.cli._options import echo_json, json_option, seed_option, show_progress
from synclib.exceptions import SyncLibError

__all__ = ["bound", "circulant", "verify"]

@click.command()
@click.argument("graph", type=click.Path(dir_okay=False, path_type=str), required=False)
@click.option("--format", "fmt", type=click.Choice(["gml", "graphml", "edgelist", "adjlist"]), default=None,
              help="Graph file format (default: from the suffix, else GML).")
@click.option("--certificate", "certificate_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write a JSON certificate of the witness here (checked by `synctool verify`).")
@click.option("--trials", type=click.IntRange(min=1), default=200, show_default=True,
              help="Starts of the numerical witness search (non-circulant graphs).")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds for the numerical witness search.")
@click.option("--no-search", is_flag=True, help="Skip the numerical witness search.")
@seed_option
@json_option
def bound(graph, fmt, certificate_path, trials, time_limit, no_search, seed, as_json):
    """What GRAPH says about the critical connectivity mu_c.

    Reads GML (default), GraphML, an edge list or an adjacency list. Without GRAPH, analyses the graph
    shipped with synctool: the optimal circulant for n = 190, q = 10 (Yoneda et al. 2021's record
    family N~ = 19).
    """
    from synclib.bound.verdict import analyze_graph
    from synclib.certify.certificate import write_certificate
    from synclib.graphs import embedded_graph_path, read_graph

    path = graph if graph is not None else str(embedded_graph_path())
    G = read_graph(path, fmt)
    result = analyze_graph(G, search=not no_search, trials=trials, time_limit=time_limit, seed=seed,
                           progress=show_progress(as_json))
    payload = result.to_dict()
    payload["graph"] = path
    if certificate_path:
        if result.certificate is None:
            raise SyncLibError(f"--certificate: verdict is {result.verdict}; there is no witness to certify")
        write_certificate(result.certificate, certificate_path)
        payload["certificate"] = certificate_path
    if as_json:
        echo_json(payload)
        return
    click.echo(f"graph:       {path}")
    click.echo(f"n = {result.n}, minimum degree = {result.min_degree}")
    click.echo(f"mu = {payload['mu_fraction']} = {payload['mu']:.6f}")
    b = payload["bounds"]
    click.echo(f"known bounds: {b['record_lower']:.10f} <= mu_c <= {b['best_upper']} (lower: {b['record']['source']}, "
               f"{b['record']['status']})")
    click.echo(f"verdict:     {result.verdict}")
    click.echo(f"reason:      {result.reason}")
    if result.witness:
        w = result.witness
        q = f", q = {w['q']}" if w.get("q") is not None else ""
        click.echo(f"witness:     {w['kind']}{q}, largest eigenvalue {w['max_eigenvalue']:.6g} "
                   f"(+ error <= {w['error_bound']:.2g}), certified")
        click.echo(f"             {w['compared_with_record']}")
    if certificate_path:
        click.echo(f"certificate: {certificate_path}")


@click.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=str))
@json_option
def verify(path, as_json):
    """Re-check a witness certificate, or prove an equitable witness spec, without any solver (exit 0 only
    when it holds). A spec (synctool-equitable-spec/1 or a public-catalog graph_spec.json) is proved
    without building the graph."""
    from synclib.certify.spec_io import is_spec_file

    if is_spec_file(path):
        from synclib.cli.spec import verify_spec_file

        return verify_spec_file(path, as_json)
    from synclib.certify.certificate import read_certificate, verify_certificate

    result = verify_certificate(read_certificate(path))
    if as_json:
        echo_json({"certificate": path, **result.to_dict()})
    else:
        for name, ok, detail in result.checks:
            click.echo(f"[{'ok' if ok else 'FAIL'}] {name}: {detail}")
        click.echo(f"certificate {'holds' if result.holds else 'does NOT hold'} ({result.method})")
    if not result.holds:
        failed = next((c for c in result.checks if not c[1]), None)
        if as_json:
            sys.exit(1)
        raise SyncLibError(f"{path}: certificate does not hold" + (f": {failed[0]}" if failed else ""))


@click.command()
@click.argument("n", type=click.IntRange(min=5))
@click.argument("q", type=int)
@click.option("--solver", type=click.Choice(["cbc", "highs"]), default="cbc", show_default=True)
@click.option("--method", type=click.Choice(["milp", "closed-form"]), default="milp", show_default=True)
@click.option("--eps", type=click.FloatRange(min=0, min_open=True), default=1e-5, show_default=True,
              help="Stability margin: every eigenvalue <= -eps.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Solver time limit in seconds.")
@click.option("--write-graph", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Save the optimal circulant as GML.")
@json_option
def circulant(n, q, solver, method, eps, time_limit, write_graph, as_json):
    """Densest circulant on N nodes whose Q-twisted state is linearly stable."""
    import networkx as nx

    from synclib.circulant.solve import solve_circulant
    from synclib.graphs import format_connection_set

    if not 1 <= q <= n // 2:
        raise click.BadParameter(f"twist must be in 1..{n // 2} for N={n}, got {q}", param_hint="'Q'")
    result = solve_circulant(n, q, method=method, solver=solver, eps=eps, time_limit=time_limit)
    payload = result.to_dict()
    if write_graph:
        if result.graph is None:
            raise SyncLibError(f"--write-graph: status {result.status}, there is no network to write")
        try:
            nx.write_gml(result.graph, write_graph)
        except OSError as exc:
            raise SyncLibError(f"--write-graph {write_graph}: {exc.strerror or exc}") from exc
        payload["graph_file"] = write_graph
    if as_json:
        echo_json(payload)
        if result.status == "solver_failed":
            sys.exit(1)
        return
    answered = f", solved by {result.solver}" if result.solver else ""
    click.echo(f"(n, q) = ({n}, {q}), method {method}" + (f", solver {solver}{answered}" if method == "milp" else ""))
    click.echo(f"status:   {result.status}")
    if result.degree is not None:
        click.echo(f"degree:   {result.degree}   mu = {payload['mu_fraction']} = {payload['mu']:.6f}")
        click.echo(f"S:        {{{format_connection_set(result.connection_set)}}}")
        click.echo(f"max eigenvalue {result.max_eigenvalue:.6g} (+ error <= {result.error_bound:.2g}); "
                   f"certified stable (<= -eps): {result.certified}")
        click.echo(f"exact upper bound {result.upper_bound}; optimality proven: {result.optimality_proven}")
    for failed in result.attempts:
        click.echo(f"failed:   {failed}")
    click.echo(f"message:  {result.message}")
    click.echo(f"time:     {result.seconds:.3f} s")
    if result.status == "solver_failed":  # a solver that aborted or returned nothing is not a success
        raise SyncLibError(f"({n}, {q}): status solver_failed: {result.message}")
