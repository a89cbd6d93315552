"""Command-line edges of the dynamics: ``synctool simulate`` and ``synctool basin``.

Thin click commands: read and validate the graph (:func:`synclib.graphs.read_graph`), call the library
(:mod:`synclib.dynamics.integrate`, :mod:`synclib.dynamics.basins`, :mod:`synclib.dynamics.states`), then print a short report or,
with ``--json``, exactly one JSON document on stdout.  User mistakes raise ``SyncLibError`` subclasses
(one line, exit 1 through the top-level group); malformed option values are click usage errors (exit 2).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import click
import numpy as np

from synclib.exceptions import GraphFileError, InvalidParameterError

__all__ = ["simulate", "basin"]

_FORMATS = click.Choice(["gml", "graphml", "edgelist", "adjlist"])
_TWISTED = re.compile(r"^twisted:([+-]?\d+)$")


def _read(path: str, fmt: str | None):
    from synclib.graphs import read_graph

    return read_graph(path, fmt)


def _start_phases(spec: str, G, rng: np.random.Generator) -> tuple[np.ndarray, str]:
    """Phases (node order) for ``--from``: ``random``, ``twisted:Q`` or a file."""
    n = G.number_of_nodes()
    if spec == "random":
        return rng.uniform(0.0, 2.0 * math.pi, n), "random"
    m = _TWISTED.match(spec)
    if m:
        q = int(m.group(1))
        return 2.0 * math.pi * q * np.arange(n) / n, f"twisted:{q}"
    if spec.startswith("twisted"):
        raise click.BadParameter(f"expected twisted:Q with an integer Q, got {spec!r}", param_hint="--from")
    path = Path(spec)
    if not path.is_file():
        raise InvalidParameterError(
            f"--from: {spec!r} is neither 'random', 'twisted:Q' nor an existing phase file")
    return _load_phases(path, G), str(path)


def _load_phases(path: Path, G) -> np.ndarray:
    n = G.number_of_nodes()
    suffix = path.suffix.lower()
    try:
        if suffix == ".npy":
            arr = np.load(path, allow_pickle=False)
        elif suffix == ".npz":
            with np.load(path, allow_pickle=False) as z:
                if "phases" not in z:
                    raise InvalidParameterError(f"--from: {path}: no 'phases' array in the npz file")
                arr = z["phases"]
                if arr.ndim == 2:  # a traces file: continue from its last frame
                    arr = arr[-1]
        elif suffix == ".json":
            doc = json.loads(path.read_text())
            phases = doc.get("phases") if isinstance(doc, dict) else doc
            if isinstance(phases, dict):  # node -> phase, e.g. a certificate
                lookup = {str(k): v for k, v in phases.items()}
                missing = [v for v in G.nodes if str(v) not in lookup]
                if missing:
                    raise InvalidParameterError(f"--from: {path}: no phase for node {missing[0]!r}")
                phases = [lookup[str(v)] for v in G.nodes]
            if phases is None:
                raise InvalidParameterError(f"--from: {path}: expected a list of phases or a 'phases' key")
            arr = np.asarray(phases, dtype=float)
        else:
            arr = np.loadtxt(path, dtype=float, ndmin=1)
    except InvalidParameterError:
        raise
    except (ValueError, OSError, TypeError, json.JSONDecodeError, AttributeError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InvalidParameterError(f"--from: {path}: cannot read phases ({msg})") from None
    arr = np.asarray(arr, dtype=float).ravel()
    if arr.size != n:
        raise InvalidParameterError(f"--from: {path}: expected {n} phases (one per node), got {arr.size}")
    if not np.all(np.isfinite(arr)):
        raise InvalidParameterError(f"--from: {path}: phases must be finite numbers")
    return arr


def _plot(path: str, times: np.ndarray, phases: np.ndarray, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from synclib.dynamics.states import order_parameter

    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(8, 6), sharex=True,
                                   gridspec_kw={"height_ratios": [3, 1]})
    wrapped = np.mod(phases, 2.0 * math.pi).T
    im = ax1.imshow(wrapped, aspect="auto", origin="lower", cmap="twilight", vmin=0, vmax=2 * math.pi,
                    extent=(float(times[0]), float(times[-1]), -0.5, phases.shape[1] - 0.5),
                    interpolation="nearest")
    ax1.set_ylabel("oscillator (node order)")
    ax1.set_title(title)
    fig.colorbar(im, ax=ax1, label="phase (rad)")
    ax2.plot(times, order_parameter(phases), color="k")
    ax2.set_ylim(0, 1.05)
    ax2.set_xlabel("time")
    ax2.set_ylabel("r")
    fig.tight_layout()
    try:
        fig.savefig(path, dpi=100)
    except OSError as exc:
        raise GraphFileError(f"--plot: cannot write {path} ({exc.strerror or exc})") from None
    finally:
        plt.close(fig)


@click.command("simulate", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("graph", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=_FORMATS, default=None, help="Graph file format (default: by suffix, else GML).")
@click.option("--from", "start", default="random", show_default=True,
              help="Start: 'random', 'twisted:Q' (along node order) or a phase file (.npy, .npz, .json, text).")
@click.option("--noise", type=click.FloatRange(min=0.0), default=0.0, show_default=True,
              help="S.d. of Gaussian noise (mean removed) added to the start.")
@click.option("--t-max", type=click.FloatRange(min=0.0, min_open=True), default=50.0, show_default=True,
              help="Integration time.")
@click.option("--dt", type=click.FloatRange(min=0.0, min_open=True), default=0.01, show_default=True,
              help="RK4 step (dopri5: first step).")
@click.option("--method", type=click.Choice(["rk4", "dopri5"]), default="rk4", show_default=True)
@click.option("--frames", type=click.IntRange(min=2), default=1000, show_default=True,
              help="About how many frames to keep in the traces.")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Write traces (times, phases, r) to this .npz.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), default=None,
              help="Save a PNG of the phases and r(t).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the random start / noise.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
def simulate(graph, fmt, start, noise, t_max, dt, method, frames, out, plot_path, seed, as_json):
    """Integrate the Kuramoto model on GRAPH from a start and report where it goes."""
    from synclib.dynamics.integrate import integrate
    from synclib.dynamics.states import classify_state

    G = _read(graph, fmt)
    rng = np.random.default_rng(seed)
    theta0, start_desc = _start_phases(start, G, rng)
    if noise > 0:
        z = rng.normal(0.0, noise, theta0.size)
        theta0 = theta0 + z - z.mean()
    n_steps = max(1, int(round(t_max / dt)))
    traj = integrate(G, theta0, t_max=t_max, dt=dt, method=method,
                     record_every=max(1, n_steps // frames) if method == "rk4" else None)
    phases = traj.phases
    if method == "dopri5" and phases.shape[0] > frames:
        keep = np.unique(np.linspace(0, phases.shape[0] - 1, frames).astype(int))
        times, phases = traj.times[keep], phases[keep]
    else:
        times = traj.times
    state = classify_state(traj.final)
    from synclib.dynamics.states import order_parameter

    result = {
        "graph": str(graph), "n": G.number_of_nodes(), "edges": G.number_of_edges(), "start": start_desc,
        "noise": noise, "seed": seed, "method": method, "dt": dt, "t_max": t_max,
        "t_final": float(times[-1]), "frames": int(times.size), "residual": traj.residual,
        "converged": traj.converged, "state": state.label, "q": state.q, "clusters": state.k,
        "r_initial": float(order_parameter(theta0)), "r_final": state.r, "out": out, "plot": plot_path,
    }
    if out:
        try:
            np.savez_compressed(out, times=times, phases=phases, order_parameter=order_parameter(phases),
                                nodes=np.array([str(v) for v in G.nodes]))
        except OSError as exc:
            raise GraphFileError(f"--out: cannot write {out} ({exc.strerror or exc})") from None
    if plot_path:
        _plot(plot_path, times, phases, f"{Path(graph).name}: {start_desc} -> {state.label}")
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"{graph}: n={result['n']} edges={result['edges']}, start {start_desc}, {method} to t={result['t_final']:g}")
    click.echo(f"final state: {state.label} (r={state.r:.6f}, residual={traj.residual:.3g}, "
               f"{'converged' if traj.converged else 'still moving'})")
    if out:
        click.echo(f"traces written to {out}")
    if plot_path:
        click.echo(f"plot written to {plot_path}")


@click.command("basin", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("graph", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=_FORMATS, default=None, help="Graph file format (default: by suffix, else GML).")
@click.option("--trials", type=click.IntRange(min=1), default=1000, show_default=True, help="Uniform random starts.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the starts.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--scheduler", default=None, help="Dask scheduler address (e.g. tcp://host:8786); overrides --workers.")
@click.option("--method", type=click.Choice(["dopri5", "rk4"]), default="dopri5", show_default=True)
@click.option("--t-max", type=click.FloatRange(min=0.0, min_open=True), default=2000.0, show_default=True,
              help="Integration horizon per trial (unconverged trials get one longer continuation).")
@click.option("--dt", type=click.FloatRange(min=0.0, min_open=True), default=0.05, show_default=True,
              help="RK4 step (dopri5: first step).")
@click.option("--tol", type=click.FloatRange(min=0.0, min_open=True), default=1e-8, show_default=True,
              help="Residual max|f - mean f| that counts as converged.")
@click.option("--ci", type=click.Choice(["wilson", "clopper-pearson"]), default="wilson", show_default=True)
@click.option("--confidence", type=click.FloatRange(min=0.0, max=1.0, min_open=True, max_open=True),
              default=0.95, show_default=True)
@click.option("--checkpoint", type=click.Path(dir_okay=False), default=None,
              help="SQLite file recording finished chunks; rerunning the same command resumes from it.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
def basin(graph, fmt, trials, seed, workers, scheduler, method, t_max, dt, tol, ci, confidence, checkpoint,
          as_json):
    """Basin fractions of the states reached from uniform random phases on GRAPH."""
    from synclib.dynamics.basins import estimate_basins

    G = _read(graph, fmt)
    res = estimate_basins(G, trials=trials, seed=seed, workers=workers, scheduler=scheduler, method=method,
                          t_max=t_max, dt=dt, tol=tol, ci=ci, confidence=confidence,
                          progress=not as_json, checkpoint=checkpoint)
    doc = {"graph": str(graph), "seed": seed, **res.to_dict()}
    if as_json:
        click.echo(json.dumps(doc))
        return
    click.echo(f"{graph}: n={res.n}, {res.trials} trials, {res.n_converged} converged "
               f"(max residual {doc['max_residual_converged']:.2g}), {ci} {confidence:.0%} intervals")
    click.echo(f"{'state':<16}{'count':>8}{'fraction':>10}   interval")
    for row in res.classes:
        click.echo(f"{row.state:<16}{row.count:>8}{row.fraction:>10.4f}   [{row.ci_low:.4f}, {row.ci_high:.4f}]")
    if res.n_converged < res.trials:
        click.echo(f"{res.trials - res.n_converged} trials did not converge and are not counted", err=True)
