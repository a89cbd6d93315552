"""Command-line edge of the record hunt: ``synctool search blowup``.

Thin command: parse, call :func:`synclib.record.search.run_search`, print the best certified witness so far
(text or ``--json``). Results go to an SQLite store as they arrive, so a second run with the same
``--db`` resumes; certificates go to ``--out-dir`` and are re-checked by ``synctool verify PATH``.
"""

from __future__ import annotations

import sys

import click

from synclib.cli._options import echo_json, json_option, seed_option

__all__ = ["blowup", "record", "search"]


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

    from synclib.known_bounds import RECORD_LOWER
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
    click.echo(f"record lower bound {RECORD_LOWER}: {'exceeded' if payload['exceeds_record'] else 'not exceeded'}")
    click.echo(f"certificate: {b.certificate}")


@search.command()
@click.option("--recipe", type=click.Path(dir_okay=False, exists=True, path_type=str), default=None,
              help="A fractional witness recipe (JSON with sizes, edges_between, cluster_phases), e.g. the "
                   "'witness' field of a certificate; default: the record shipped with synctool.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write the certificate here (synctool bound format; re-check with synctool verify).")
@json_option
def record(recipe, out, as_json):
    """Rebuild the fractional blow-up record (mu = 64/93 > 0.6875) and certify it from scratch."""
    import json
    from importlib import resources

    from synclib.certify.certificate import write_certificate
    from synclib.exceptions import SyncLibError
    from synclib.record.fractional import witness_from_recipe

    if recipe is None:
        text = resources.files("synclib").joinpath("data/record_fractional_k12.json").read_text()
        source = "synclib/data/record_fractional_k12.json"
    else:
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
