"""``synctool engram``: CA1 engram-cell analysis from the command line.

Subcommands: ``demo`` (the embedded synthetic data set, every analysis, optional report), ``classify``,
``synchrony``, ``cluster`` and ``report`` (all on ``MANIFEST --labels LABELS``). Every command takes
``--json`` (one JSON document on stdout, nothing else) and ``--seed``; a progress bar is shown only when
stderr is a terminal and ``--json`` is off. ``--cache DIR`` writes each processed mouse as it finishes so
an interrupted run resumes; ``--workers`` runs mice in a process pool, ``--scheduler tcp://...`` on a Dask
cluster. Input problems are one-line ``Error: ...`` messages (exit 1); ``--skip-invalid`` turns them into
warnings and explicit drops, listed under ``notes``.
"""

from __future__ import annotations

import json
import logging
import os
import sys

import click
import numpy as np

__all__ = ["engram"]


class _PositiveFloat(click.ParamType):
    """A finite number > 0 (``nan`` and ``inf`` are refused, which ``click.FloatRange`` lets through)."""

    name = "float>0"

    def convert(self, value, param, ctx):
        try:
            x = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not (np.isfinite(x) and x > 0):
            self.fail(f"{value!r} is not a finite number > 0", param, ctx)
        return x


_SCHEDULER_SCHEMES = ("tcp", "tls", "inproc", "ucx", "ws", "wss")


def _check_scheduler(ctx, param, value):
    """``--scheduler`` must look like ``tcp://host:port`` (the connection itself is checked when used)."""
    if value is None:
        return None
    scheme, sep, rest = value.partition("://")
    host, colon, port = rest.rpartition(":")
    if not sep or scheme not in _SCHEDULER_SCHEMES or (scheme != "inproc" and not (host and colon and port.isdigit())):
        raise click.BadParameter(f"expected an address like tcp://host:8786, got {value!r}", ctx, param)
    return value


def _common(f):
    opts = [
        click.option("--json", "as_json", is_flag=True, help="Print one JSON document to stdout."),
        click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="Seed of every random step."),
        click.option("--events", "event_method", type=click.Choice(["auto", "threshold", "peaks", "oasis"]),
                     default="auto", show_default=True,
                     help="Event extraction: threshold on deconvolved output, peaks on dF/F, oasis (GPL extra)."),
        click.option("--k", "event_k", type=_PositiveFloat(), default=4.0, show_default=True,
                     help="Event threshold in noise SDs."),
        click.option("--bin-s", type=_PositiveFloat(), default=0.5, show_default=True,
                     help="Bin width (s) for event correlations."),
        click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Processes (mice in parallel, permutations in parallel)."),
        click.option("--scheduler", default=None, callback=_check_scheduler, help="Dask scheduler address (tcp://host:port) to run mice on."),
        click.option("--cache", "cache_dir", type=click.Path(file_okay=False), default=None,
                     help="Directory for per-mouse results (resume an interrupted run)."),
        click.option("--skip-invalid", is_flag=True,
                     help="Drop invalid frames, rows and labels with a warning instead of failing."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _inputs(f):
    f = click.option("--labels", "labels_path", type=click.Path(dir_okay=False), required=True,
                     help="Labels CSV: mouse, cell, engram.")(f)
    f = click.argument("manifest", type=click.Path(dir_okay=False))(f)
    return f


def _progress(as_json: bool) -> bool:
    return (not as_json) and sys.stderr.isatty()


def _emit(as_json: bool, doc: dict, text: str) -> None:
    if as_json:
        click.echo(json.dumps(_clean(doc)))
    else:
        click.echo(text)


def _clean(o):
    if isinstance(o, dict):
        return {str(k): _clean(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_clean(v) for v in o]
    if isinstance(o, np.ndarray):
        return _clean(o.tolist())
    if isinstance(o, np.integer):
        return int(o)
    if isinstance(o, (float, np.floating)):
        return None if not np.isfinite(o) else float(o)
    return o


def _load(manifest, labels_path, opts):
    from engram.api import process

    return process(manifest, labels_path, events=opts["event_method"], k=opts["event_k"], bin_s=opts["bin_s"],
                   workers=opts["workers"], scheduler=opts["scheduler"], cache=opts["cache_dir"],
                   skip_invalid=opts["skip_invalid"], progress=_progress(opts["as_json"]))


def _trees_option(f):
    return click.option("--trees", type=click.IntRange(min=1), default=50, show_default=True,
                        help="Trees in the random forest.")(f)


def _run_classify(data, opts, n_permutations, trees=50):
    from engram.api import _classify_data

    return _classify_data(data, n_permutations, trees, opts["seed"], opts["workers"], _progress(opts["as_json"]),
                          opts.get("cache_dir"))


def _run_synchrony(data, opts, n_permutations):
    from engram.synchrony_stats import SynchronyParams, synchrony

    return synchrony(data, SynchronyParams(n_permutations=n_permutations), seed=opts["seed"],
                     n_jobs=opts["workers"], progress=_progress(opts["as_json"]))


def _run_cluster(data, n_clusters):
    from engram.clustering import ClusterParams, cluster

    return cluster(data, ClusterParams(n_clusters=n_clusters))


def _classify_text(res) -> str:
    lines = [f"classify: AUC {res.auc:.3f} (held-out, CV grouped by mouse; {res.n_mice} mice, {res.n_cells} cells)",
             f"  within-mouse label permutation p = {res.p_value:.4g} ({res.null_auc.size} permutations)",
             f"  most important session: {res.top_session}"]
    for r in res.session_importances:
        lines.append(f"    {r['session']:<20} {r['importance']:+.4f} +- {r['std']:.4f}")
    return "\n".join(lines)


def _fmt(v, spec):
    return "-" if v is None else format(v, spec)


def _synchrony_text(res) -> str:
    lines = ["synchrony (mean r of binned events; p: within-mouse label permutation, matched: activity-matched)",
             f"  {'session':<16}{'engram r':>10}{'other r':>10}{'p':>9}{'p matched':>11}{'p pairs MW':>12}"]
    for r in res.sessions:
        lines.append(f"  {r['session']:<16}{_fmt(r['engram_mean_r'], '10.4f')}{_fmt(r['other_mean_r'], '10.4f')}"
                     f"{_fmt(r['p_value'], '9.4f')}{_fmt(r['p_value_matched'], '11.4f')}"
                     f"{_fmt(r['p_value_pairwise'], '12.2e')}")
    lines.append("  (the pair-wise Mann-Whitney treats pairs as independent: anti-conservative, not a test to use)")
    return "\n".join(lines)


def _cluster_text(res) -> str:
    tab = res.cluster_table()
    stab = res.stability_table()
    if tab.empty:
        return "cluster: no session had enough active cells"
    sig = tab[tab["q_value"] < 0.05]
    lines = [f"cluster: {len(tab)} clusters, {len(sig)} engram-enriched at BH q < 0.05"]
    for _, r in sig.sort_values("q_value").head(10).iterrows():
        lines.append(f"  {r['mouse']}/{r['session']} cluster {r['cluster']}: {r['n_engram']}/{r['size']} engram, "
                     f"fold {r['fold_enrichment']:.2f}, q = {r['q_value']:.3g}")
    if not stab.empty:
        lines.append("  stability (mean adjusted Rand index, consecutive sessions):")
        for (a, b), g in stab.groupby(["session_a", "session_b"], sort=False):
            lines.append(f"    {a} -> {b}: {g['ari'].mean():.3f}")
    return "\n".join(lines)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time of the record (CliRunner swaps it)."""

    _engram_cli = True

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


class _OneLineUsageError(click.UsageError):
    """A usage error shown as one line, ``Error: <message> (see '<command> -h')``, exit code 2."""

    def show(self, file=None) -> None:
        hint = f" (see '{self.ctx.command_path} -h')" if self.ctx is not None else ""
        click.echo(f"Error: {self.format_message()}{hint}", file=file, err=file is None)


class _EngramGroup(click.Group):
    """Usage errors of every engram command as one line; :class:`EngramError` as ``Error: ...``, exit 1."""

    def invoke(self, ctx: click.Context):
        from engram.exceptions import EngramError

        try:
            return super().invoke(ctx)
        except _OneLineUsageError:
            raise
        except click.UsageError as exc:
            raise _OneLineUsageError(exc.format_message(), exc.ctx or ctx) from exc
        except EngramError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_EngramGroup, context_settings={"help_option_names": ["-h", "--help"]})
def engram() -> None:
    """CA1 engram-cell analysis: label prediction, synchrony, clustering, report."""
    logger = logging.getLogger("engram")
    if not any(getattr(h, "_engram_cli", False) for h in logger.handlers):
        handler = _StderrHandler()  # stderr: warnings about dropped items never touch --json stdout
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("Warning: %(message)s"))
        logger.addHandler(handler)


@engram.command()
@_common
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write the HTML report (and the simulated data files) here.")
@click.option("--data-format", type=click.Choice(["npz", "csv", "nwb", "caiman", "suite2p"]), default=None,
              help="Also write the simulated data in this format with manifest.csv and labels.csv to --out.")
@click.option("--mice", type=click.IntRange(min=2), default=None, help="Number of mice (default: the demo's 4).")
@click.option("--permutations", type=click.IntRange(min=0), default=50, show_default=True,
              help="Label permutations of the classifier test.")
@click.option("--sync-permutations", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Label permutations of the synchrony tests.")
@_trees_option
def demo(as_json, seed, event_method, event_k, bin_s, workers, scheduler, cache_dir, skip_invalid, out_dir,
         data_format, mice, permutations, sync_permutations, trees):
    """Run every analysis on the embedded synthetic data set and compare with its planted truth."""
    from dataclasses import replace

    from engram.events import EventParams
    from engram.pipeline import AnalysisParams, run
    from engram.simulation import demo_config, simulate, write_dataset

    opts = dict(as_json=as_json, seed=seed, workers=workers, cache_dir=cache_dir)
    cfg = demo_config() if mice is None else replace(demo_config(), n_mice=mice)
    sim = simulate(cfg, seed=seed)
    if data_format:
        if not out_dir:
            raise click.UsageError("--data-format needs --out")
        write_dataset(sim, os.path.join(out_dir, "data"), data_format, seed=seed)
    params = AnalysisParams(EventParams(method=event_method, k=event_k), bin_s=bin_s)
    data = run(sim.dataset, params=params, workers=workers, scheduler=scheduler, cache_dir=cache_dir,
               progress=_progress(as_json))
    cres = _run_classify(data, opts, permutations, trees)
    sres = _run_synchrony(data, opts, sync_permutations)
    kres = _run_cluster(data, 5)
    doc = {"truth": sim.truth, "config": cfg.to_dict(), "classify": cres.to_dict(), "synchrony": sres.to_dict(),
           "cluster": kres.to_dict()}
    if out_dir:
        from engram.reporting import write_report

        doc["report"] = write_report(out_dir, data, cres, sres, kres, title="engram demo (synthetic)",
                                     extra={"truth": sim.truth})
    truth = (f"planted: rate change in {sim.truth['rate_session']!r} (x{sim.truth['rate_multiplier']}), "
             f"co-activation in {sim.truth['ensemble_sessions']}")
    text = "\n".join([truth, _classify_text(cres), _synchrony_text(sres), _cluster_text(kres)]
                     + ([f"report: {doc['report']}"] if out_dir else []))
    _emit(as_json, doc, text)


@engram.command("classify")
@_inputs
@_common
@click.option("--permutations", type=click.IntRange(min=0), default=100, show_default=True,
              help="Within-mouse label permutations for the p-value.")
@_trees_option
def classify_cmd(manifest, labels_path, permutations, trees, **opts):
    """Predict engram labels with a random forest (CV grouped by mouse)."""
    data = _load(manifest, labels_path, opts)
    res = _run_classify(data, opts, permutations, trees)
    _emit(opts["as_json"], {**res.to_dict(), "notes": data.notes}, _classify_text(res))


@engram.command("synchrony")
@_inputs
@_common
@click.option("--permutations", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Within-mouse label permutations per session.")
def synchrony_cmd(manifest, labels_path, permutations, **opts):
    """Per-session synchrony within engram and within other cells."""
    data = _load(manifest, labels_path, opts)
    res = _run_synchrony(data, opts, permutations)
    _emit(opts["as_json"], {**res.to_dict(), "notes": data.notes}, _synchrony_text(res))


@engram.command("cluster")
@_inputs
@_common
@click.option("--n-clusters", type=click.IntRange(min=1), default=5, show_default=True,
              help="Clusters per mouse and session.")
def cluster_cmd(manifest, labels_path, n_clusters, **opts):
    """Average-linkage clusters on 1 - r, engram enrichment and stability across sessions."""
    data = _load(manifest, labels_path, opts)
    res = _run_cluster(data, n_clusters)
    _emit(opts["as_json"], {**res.to_dict(), "notes": data.notes}, _cluster_text(res))


@engram.command("report")
@_inputs
@_common
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True, help="Output directory.")
@click.option("--permutations", type=click.IntRange(min=0), default=100, show_default=True,
              help="Label permutations of the classifier test.")
@click.option("--sync-permutations", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Label permutations of the synchrony tests.")
@click.option("--n-clusters", type=click.IntRange(min=1), default=5, show_default=True)
@_trees_option
def report_cmd(manifest, labels_path, out_dir, permutations, sync_permutations, n_clusters, trees, **opts):
    """Run all analyses and write a self-contained HTML report with figures."""
    from engram.reporting import write_report

    data = _load(manifest, labels_path, opts)
    cres = _run_classify(data, opts, permutations, trees)
    sres = _run_synchrony(data, opts, sync_permutations)
    kres = _run_cluster(data, n_clusters)
    path = write_report(out_dir, data, cres, sres, kres, title=f"engram report: {os.path.basename(manifest)}")
    doc = {"report": path, "classify": cres.to_dict(), "synchrony": sres.to_dict(), "cluster": kres.to_dict(),
           "notes": data.notes}
    _emit(opts["as_json"], doc, "\n".join([_classify_text(cres), _synchrony_text(sres), _cluster_text(kres),
                                           f"report: {path}"]))

