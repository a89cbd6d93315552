"""Command-line edge of the sweeps: ``synctool sweep`` and ``synctool compare``.

Thin commands: parse, call :func:`synclib.circulant.sweep.run_sweep` / :func:`synclib.circulant.compare.compare_published`,
print text or ``--json``, write ``--csv`` / ``--plot``. No computation lives here.
"""

from __future__ import annotations

import sys

import click

from synclib.cli._options import echo_json, json_option, show_progress
from synclib.exceptions import InvalidParameterError, SyncLibError

__all__ = ["sweep", "compare"]


def _n_range(ctx, param, value):
    from synclib.circulant.sweep import parse_n_range

    try:
        return parse_n_range(value)
    except InvalidParameterError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


_solver_option = click.option("--solver", type=click.Choice(["cbc", "highs"]), default="cbc", show_default=True,
                              help="MILP solver (used by --method milp, or when a closed form does not certify).")
_method_option = click.option("--method", type=click.Choice(["auto", "milp"]), default="auto", show_default=True,
                              help="auto: exact closed form when it certifies, else MILP; milp: MILP for every class.")
_workers_option = click.option("--workers", type=click.IntRange(min=1), default=None, show_default="all cores",
                               help="Local worker processes.")
def _scheduler(ctx, param, value):
    from synclib._parallel import check_scheduler_address

    if value is None:
        return None
    try:
        return check_scheduler_address(value)
    except InvalidParameterError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


_scheduler_option = click.option("--scheduler", default=None, metavar="ADDRESS", callback=_scheduler,
                                 help="Dask distributed scheduler (e.g. tcp://host:8786) instead of local processes.")
_timeout_option = click.option("--connect-timeout", type=click.FloatRange(min=0, min_open=True), default=5.0,
                               show_default=True, help="Seconds to wait for the --scheduler before giving up.")


@click.command()
@click.option("--n", "n_range", required=True, callback=_n_range, metavar="A:B",
              help="Inclusive range of n (n >= 5), e.g. 5:600.")
@click.option("--q", "q_mode", type=click.Choice(["all", "divisors", "best"]), default="all", show_default=True,
              help="Report every twist (all), the twists dividing n (divisors), or the best twist per n "
                   "(best; prunes).")
@_method_option
@_solver_option
@click.option("--eps", type=click.FloatRange(min=0, max=1, min_open=True, max_open=True), default=1e-5,
              show_default=True, help="Stability margin: every eigenvalue <= -eps.")
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=None,
              help="MILP time limit in seconds per problem (none by default).")
@click.option("--db", type=click.Path(dir_okay=False), default="synctool_sweep.sqlite", show_default=True,
              help="SQLite store: finished problems are kept here and a rerun resumes.")
@_workers_option
@_scheduler_option
@_timeout_option
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), default=None,
              help="Write the table (one row per (n, q)) as CSV.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), default=None,
              help="Draw Figure 1 (best mu over q against n, known bounds as lines), e.g. fig1.png.")
@click.option("--sets", "include_sets", is_flag=True, help="Add each row's optimal connection set to --csv/--json.")
@click.option("--verify-all", "verify_twists", is_flag=True,
              help="Also re-certify every (n, q) row's own set at its own twist (column 'verified'; slower).")
@json_option
def sweep(n_range, q_mode, method, solver, eps, time_limit, db, workers, scheduler, connect_timeout, csv_path,
          plot_path, include_sets, verify_twists, as_json):
    """Densest stable twisted circulants for every n in A:B (one problem per divisor class)."""
    from synclib.circulant.sweep import run_sweep, table_records

    result = run_sweep(n_range, method=method, solver=solver, eps=eps, time_limit=time_limit, q=q_mode, db=db,
                       workers=workers, scheduler=scheduler, connect_timeout=connect_timeout,
                       progress=show_progress(as_json))
    table = result.table(include_sets=include_sets, verify_twists=verify_twists)
    summary = result.summary()
    summary["rows"] = int(len(table))
    if verify_twists:
        summary["rows_verified"] = int(table["verified"].fillna(False).sum())
        summary["rows_with_network"] = int(table["degree"].notna().sum())
    if csv_path:
        try:
            table.to_csv(csv_path, index=False)
        except OSError as exc:
            raise SyncLibError(f"--csv {csv_path}: cannot write ({exc.strerror or exc})") from None
        summary["csv"] = csv_path
    if plot_path:
        from synclib.circulant.figures import save_figure1

        save_figure1(result, plot_path)
        summary["plot"] = plot_path
    failed = summary["statuses"].get("solver_failed", 0)
    if as_json:
        echo_json({"summary": summary, "rows": table_records(table)})
        if failed:
            sys.exit(1)
        return
    click.echo(f"n = {summary['n_min']}..{summary['n_max']}: {summary['problems']} problems "
               f"({summary['solved_now']} solved now, {summary['from_store']} from {db}), "
               f"{summary['rows']} rows (--q {q_mode})")
    click.echo("statuses:  " + ", ".join(f"{k} {v}" for k, v in summary["statuses"].items()))
    click.echo("solved by: " + ", ".join(f"{k} {v}" for k, v in summary["solved_by"].items()))
    click.echo(f"all proven optimal: {summary['all_proven_optimal']}")
    if verify_twists:
        click.echo(f"re-certified: {summary['rows_verified']} of {summary['rows_with_network']} rows with a network")
    if summary["best"]:
        b = summary["best"]
        click.echo(f"best:      n = {b['n']}, q = {b['q']}, degree {b['degree']}, mu = {b['mu_fraction']} "
                   f"= {b['mu']:.6f}")
    click.echo(f"time:      {summary['seconds']:.2f} s on {summary['workers']} worker(s)")
    for key in ("csv", "plot"):
        if key in summary:
            click.echo(f"{key}:{' ' * (10 - len(key))}{summary[key]}")
    if failed:
        raise SyncLibError(f"{failed} problem(s) ended solver_failed (every solver aborted or returned nothing; "
                           "stored as such, a rerun solves them again)")


@click.command()
@click.argument("table", type=click.Path(dir_okay=False), required=False, default=None)
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="SQLite store of a sweep to reuse and extend (default: compute in memory).")
@_method_option
@_solver_option
@_workers_option
@_scheduler_option
@_timeout_option
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True,
              help="Disagreeing rows to print per category (text output; --json lists all).")
@json_option
def compare(table, db, method, solver, workers, scheduler, connect_timeout, limit, as_json):
    """Rows of a published results TABLE (columns N, p, r) that disagree with our verified optima.

    Without TABLE: the table published with Yoneda, Tatsukawa & Teramae (Chaos 31, 063124, 2021), shipped
    in the package (synclib/data/densesync_results.csv.gz).
    """
    from synclib.circulant.compare import CATEGORIES, compare_published

    result = compare_published(table, db=db, method=method, solver=solver, workers=workers, scheduler=scheduler,
                               connect_timeout=connect_timeout, progress=show_progress(as_json))
    if as_json:
        echo_json(result.to_dict())
        return
    click.echo(f"{result.path}: {result.rows} rows, {result.agree} agree, {len(result.disagreements)} disagree"
               + (f", {result.unverified} unverified" if result.unverified else ""))
    dis = result.disagreements
    for cat in CATEGORIES:
        part = dis[dis["category"] == cat]
        click.echo(f"{cat}: {len(part)}")
        for row in part.head(limit).itertuples():
            click.echo(f"  N={row.N:<5d} p={row.p:<4d} r={row.r:<14.8g} {row.reason}")
        if len(part) > limit:
            click.echo(f"  ... {len(part) - limit} more (see --json)")
