"""Command-line edge of the record hunt: ``synctool search blowup``.

Thin command: parse, call :func:`synclib.search.run_search`, print the best certified witness so far
(text or ``--json``). Results go to an SQLite store as they arrive, so a second run with the same
``--db`` resumes; certificates go to ``--out-dir`` and are re-checked by ``synctool verify PATH``.
"""

from __future__ import annotations

import sys

import click

from synclib.cli import echo_json, json_option, seed_option

__all__ = ["blowup", "search"]


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
@json_option
def blowup(k_max, time_limit, db, seed, workers, scheduler, out_dir, n_target, min_mu, fixed_phases, as_json):
    """Blow-up witnesses beyond circulants: patterns x phases x proportions, certified finite graphs."""
    from tqdm import tqdm

    from synclib.bounds import RECORD_LOWER
    from synclib.search import build_tasks, run_search

    tasks = build_tasks(k_max, seed=seed, n_target=n_target)
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
