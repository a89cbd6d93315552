"""Command-line edge of the record hunt: ``synctool search blowup``.

``synctool search frontier`` runs :func:`synclib.record.frontier.run_frontier` (the limit problem over k
with reflection-symmetric and known-optimum-plus-pair starts) and writes the best realised spec.

Thin command: parse, call :func:`synclib.record.search.run_search`, print the best certified witness so far
(text or ``--json``). Results go to an SQLite store as they arrive, so a second run with the same
``--db`` resumes; certificates go to ``--out-dir`` and are re-checked by ``synctool verify PATH``.
"""

from __future__ import annotations

import sys

import click

from synclib.exceptions import SyncLibError

from synclib.cli._options import echo_json, json_option, seed_option

__all__ = ["blowup", "frontier", "record", "search"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def search() -> None:
    """Search for witnesses (stable non-in-phase equilibria) that bound mu_c from below."""


@search.command()
@click.option("--k-max", type=click.IntRange(min=5, max=60), default=20, show_default=True,
              help="Largest pattern size k.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=600.0, show_default=True,
              help="Wall-clock seconds; no new task starts after it.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=str), default=None, show_default=True,
              help="SQLite store of results (resumable); in memory when omitted.")
@seed_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes.")
@click.option("--scheduler", type=str, default=None, show_default=True,
              help="Dask scheduler address (tcp://host:port); replaces the process pool.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=str), default="search-certificates",
              show_default=True, help="Directory for the certificates of certified witnesses.")
@click.option("--n-target", type=click.IntRange(min=10, max=3000), default=400, show_default=True,
              help="Approximate number of nodes of each finite blown-up graph.")
@click.option("--min-mu", type=click.FloatRange(min=0, max=1), default=0.0, show_default=True,
              help="Certify only finite graphs whose exact mu is at least this (certification is the costly step).")
@click.option("--fixed-phases", is_flag=True,
              help="Keep each pattern's twisted/character phases (skip the joint phase optimisation).")
@click.option("--fractional-n", type=click.IntRange(min=0, max=4000), default=4000, show_default=True,
              help="Nodes of each finite graph of the fractional route (limit over proportions, phases and "
                   "join densities; minutes per k); 0 skips that route.")
@click.option("--fractional-starts", type=click.IntRange(min=1), default=8, show_default=True,
              help="Seeded starts of the fractional limit optimisation per k.")
@json_option
def blowup(k_max, time_limit, db, seed, workers, scheduler, out_dir, n_target, min_mu, fixed_phases, fractional_n,
           fractional_starts, as_json):
    """Blow-up witnesses beyond circulants: patterns x phases x proportions, certified finite graphs."""
    from tqdm import tqdm

    from synclib.known_bounds import RECORD, RECORD_LOWER
    from synclib.record.search import build_tasks, run_search

    if 0 < fractional_n < 50:
        raise click.BadParameter("expected 0 (off) or at least 50 nodes", param_hint="--fractional-n")
    tasks = build_tasks(k_max, seed=seed, n_target=n_target, fractional_n=fractional_n,
                        fractional_starts=fractional_starts)
    bar = tqdm(total=len(tasks), disable=as_json or not sys.stderr.isatty(), desc="patterns", unit="task")
    summary = run_search(k_max, time_limit=time_limit, db=db, seed=seed, workers=workers, out_dir=out_dir,
                         n_target=n_target, scheduler=scheduler, tasks=tasks, progress=lambda r: bar.update(1),
                         min_mu=min_mu, free_phases=not fixed_phases)
    bar.close()
    payload = summary.to_dict()
    payload["record_lower"] = RECORD_LOWER
    payload["record"] = RECORD.to_dict()
    payload["exceeds_record"] = bool(summary.best is not None and summary.best.mu > RECORD_LOWER)
    if as_json:
        echo_json(payload)
        return
    click.echo(f"tasks: {summary.tasks_total} total, {summary.tasks_run} run now, {summary.tasks_skipped} "
               f"already in the store; outcomes {summary.counts}")
    if summary.best_relaxed is not None:
        click.echo(f"best relaxed (k-vertex) value: {summary.best_relaxed:.6f}")
    b = summary.best
    if b is None:
        click.echo("no certified witness yet")
        return
    click.echo(f"best certified witness: mu = {b.mu_fraction} = {b.mu:.6f} (n = {b.n}) from {b.key}")
    click.echo(f"best certified lower bound {RECORD_LOWER:.10f} ({RECORD.source}, {RECORD.status}): "
               f"{'exceeded' if payload['exceeds_record'] else 'not exceeded'}")
    click.echo(f"certificate: {b.certificate}")


@search.command()
@click.option("--spec", "spec_path", type=click.Path(dir_okay=False, exists=True, path_type=str), default=None,
              help="A witness spec to verify instead of the record shipped with synctool.")
@click.option("--recipe", type=click.Path(dir_okay=False, exists=True, path_type=str), default=None,
              help="Instead: rebuild a fractional witness recipe (JSON with sizes, edges_between, cluster_phases) "
                   "as a finite graph and certify it densely, e.g. the shipped mu = 64/93 one "
                   "(synclib/data/record_fractional_k12.json; minutes and GBs).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write the verified spec (or, with --recipe, the dense certificate) here.")
@json_option
def record(spec_path, recipe, out, as_json):
    """Verify synctool's record witness from scratch (size-free; a few seconds).

    The shipped record is the spec synclib/data/record_frontier.spec.json, written by
    `synctool search frontier --time-limit 1800 --seed 0` (k = 10 clique classes, n = 10^60,
    mu ~ 0.6928166691; its provenance names the start); `synctool verify` proves it by interval arithmetic.
    """
    if recipe is not None:
        _record_from_recipe(recipe, out, as_json)
        return
    from importlib import resources

    from synclib.cli.spec import verify_spec_file

    if spec_path is None:
        spec_path = str(resources.files("synclib").joinpath("data/record_frontier.spec.json"))
    if out is not None:
        import shutil

        try:
            shutil.copyfile(spec_path, out)
        except OSError as exc:
            raise SyncLibError(f"--out {out}: cannot write ({exc.strerror or exc})") from None
    verify_spec_file(spec_path, as_json)


def _record_from_recipe(recipe, out, as_json):
    """Rebuild a fractional blow-up recipe as a finite graph and certify it densely."""
    import json

    from synclib.certify.certificate import write_certificate
    from synclib.record.finite import witness_from_recipe

    try:
        with open(recipe, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise SyncLibError(f"{recipe}: cannot read recipe ({exc})") from None
    source = recipe
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SyncLibError(f"{source}: not JSON ({exc})") from None
    if isinstance(doc, dict) and isinstance(doc.get("witness"), dict):
        doc = doc["witness"]  # a whole certificate: use its recipe
    if not isinstance(doc, dict):
        raise SyncLibError(f"{source}: expected a JSON object with sizes, edges_between, cluster_phases")
    w = witness_from_recipe(doc)
    payload = w.to_dict()
    payload["recipe"] = source
    payload["certificate"] = None
    if w.certified and out is not None:
        payload["certificate"] = str(write_certificate(w.certificate, out))
    if as_json:
        echo_json(payload)
    else:
        chk = w.check
        click.echo(f"n = {payload['n']}, mu = {payload['mu_fraction']} = {payload['mu']:.6f}")
        if chk is not None:
            click.echo(f"max eigenvalue {chk.max_eigenvalue:.6g} + error bound {chk.error_bound:.2g}; "
                       f"residual {chk.residual:.2g}; {chk.reason}")
        click.echo("certified" if w.certified else f"NOT certified: {w.message}")
        if payload["certificate"]:
            click.echo(f"certificate: {payload['certificate']}")
    if not w.certified:
        sys.exit(1)


def _margins(ctx, param, value):
    try:
        return tuple(float(x) for x in value.split(","))
    except ValueError:
        raise click.BadParameter(f"expected comma-separated numbers, got {value!r}") from None


@search.command()
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=1800.0, show_default=True,
              help="Wall-clock seconds; no new start begins after it (running ones finish).")
@seed_option
@click.option("--k-min", type=click.IntRange(min=3, max=40), default=6, show_default=True, help="Fewest classes.")
@click.option("--k-max", type=click.IntRange(min=3, max=40), default=12, show_default=True, help="Most classes.")
@click.option("--margins", type=str, default="1e-7,1e-8,1e-10", show_default=True, callback=_margins,
              help="Quotient margins of the continuation, non-increasing, in [1e-10, 1e-2].")
@click.option("--comparison", type=click.FloatRange(min=0, max=1, min_open=True, max_open=True), default=0.05,
              show_default=True, help="Required smallest comparison-matrix eigenvalue (biregular realisability).")
@click.option("--batch", type=click.IntRange(min=1), default=16, show_default=True, help="Starts per round.")
@click.option("--continue-gap", type=click.FloatRange(min=0), default=0.003, show_default=True,
              help="Continue a start below the first margin only when its mu is within this of the best known.")
@click.option("--max-iter", type=click.IntRange(min=10), default=300, show_default=True,
              help="SLSQP iterations per margin.")
@click.option("--no-known", is_flag=True, help="Do not seed round 0 with the public catalog's 6-class point.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="SQLite store (resumable; refused when made with other options); in memory when omitted.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, help="Worker processes.")
@click.option("--scheduler", type=str, default=None, help="Dask scheduler address; replaces the process pool.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write the best realised spec (synctool-equitable-spec/1 JSON) here.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write the frontier figure (best mu per k and family against the margin) here.")
@json_option
def frontier(time_limit, seed, k_min, k_max, margins, comparison, batch, continue_gap, max_iter, no_known, db, workers,
             scheduler, out, plot, as_json):
    """The frontier: the limit problem over k, realised as an exact equitable spec (n ~ 10^60)."""
    import json

    from tqdm import tqdm

    from synclib.exceptions import SyncLibError
    from synclib.record.frontier import FrontierOptions, FrontierStore, run_frontier
    from synclib.record.frontier_plot import plot_frontier

    if k_min > k_max:
        raise click.BadParameter(f"--k-min {k_min} exceeds --k-max {k_max}", param_hint="--k-min")
    try:
        options = FrontierOptions(seed=0 if seed is None else int(seed), k_min=k_min, k_max=k_max, margins=margins,
                                  comparison=comparison, max_iter=max_iter, batch=batch, known=not no_known,
                                  continue_gap=continue_gap)
    except SyncLibError as exc:
        raise click.BadParameter(str(exc), param_hint="--margins") from None
    best = [None]

    def tick(r):
        bar.update(1)
        if r.confirmed and (best[0] is None or r.mu > best[0]):
            best[0] = r.mu
            bar.set_postfix(best=f"{r.mu:.7f}")

    bar = tqdm(disable=as_json or not sys.stderr.isatty(), desc="starts", unit="start")
    from synclib.certify.spec import verify_spec
    from synclib.certify.spec_io import load_spec

    summary = run_frontier(options, time_limit=time_limit, db=db, workers=workers, scheduler=scheduler,
                           progress=tick, verify=lambda spec: verify_spec(load_spec(spec)))
    bar.close()
    payload = summary.to_dict()
    payload["out"] = None
    if out is not None and summary.spec is not None:
        try:
            with open(out, "w", encoding="utf-8") as fh:
                json.dump(summary.spec, fh, indent=1)
        except OSError as exc:
            raise SyncLibError(f"--out {out}: cannot write ({exc.strerror or exc})") from None
        payload["out"] = out
    if plot is not None:
        if db is not None:
            store = FrontierStore(db, options)
            rows = store.results()
            store.close()
        else:
            rows = [summary.best_limit] if summary.best_limit is not None else []
        mu = None if summary.spec_check is None else summary.spec_check["check"]["mu_float"]
        try:
            plot_frontier(rows, plot, spec_mu=mu)
        except OSError as exc:
            raise SyncLibError(f"--plot {plot}: cannot write ({exc})") from None
        payload["plot"] = plot
    if as_json:
        echo_json(payload)
        return
    click.echo(f"{summary.starts_run} starts run, {summary.starts_skipped} already in the store, "
               f"{summary.rounds} complete rounds, {summary.seconds:.0f} s")
    b = summary.best_limit
    if b is None:
        click.echo("no confirmed limit point yet")
    else:
        click.echo(f"best limit point: mu = {b.mu:.10f} (k = {b.k}, {b.family}, margin {b.margin:g}, start {b.key})")
    if summary.spec_check is None:
        click.echo("no realised spec whose checks hold")
        return
    c = summary.spec_check["check"]
    click.echo(f"realised spec: mu = {c['mu_float']:.10f} (n = {c['n']}); quotient top {c['quotient_top']:.3g}, "
               f"comparison min {c['comparison_min']:.3g}, residual {c['residual']:.2g} at {c['dps']} digits")
    from synclib.known_bounds import CATALOG_RECORD

    click.echo(f"beats the catalog's {CATALOG_RECORD}: {'yes' if c['mu_float'] > CATALOG_RECORD else 'no'}")
    if out is not None:
        click.echo(f"spec: {out}")
