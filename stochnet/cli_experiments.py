"""Command-line edges of the stochnet experiments: ``synctool sbm``, ``synctool forget``, ``synctool necker``
and ``synctool necker sweep``.

Each command runs one experiment of :mod:`stochnet.sbm` / :mod:`stochnet.experiments`, prints a
short summary (or one JSON document with ``--json``), optionally saves its figure (``--plot PATH``)
and shows a tqdm progress bar when stderr is a terminal and ``--json`` is off.
"""

from __future__ import annotations

import json
import sys

import click

__all__ = ["sbm", "forget", "necker", "necker_sweep"]


def _progress(total, desc, as_json):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, disable=as_json or not sys.stderr.isatty(), leave=False)


def _floats(text: str, name: str) -> list[float]:
    try:
        values = [float(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise click.BadParameter(f"expected comma-separated numbers, got {text!r}", param_hint=name) from None
    if not values:
        raise click.BadParameter("expected at least one number", param_hint=name)
    return values


def _ints(text: str, name: str) -> list[int]:
    vals = _floats(text, name)
    if any(v != int(v) or v < 1 for v in vals):
        raise click.BadParameter(f"expected comma-separated positive integers, got {text!r}", param_hint=name)
    return [int(v) for v in vals]


def _finite(obj):
    """Replace NaN / infinity (no JSON value) by None, recursively."""
    import math

    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def _emit(doc: dict, as_json: bool, lines: list[str]) -> None:
    if as_json:
        from stochnet.experiments.stats import json_default

        click.echo(json.dumps(_finite(doc), allow_nan=False, default=json_default))
    else:
        for line in lines:
            click.echo(line)


def _fmt(x, spec=".3g"):
    return "n/a" if x is None else format(x, spec)


_seed = click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
_json = click.option("--json", "as_json", is_flag=True, help="Print one JSON document to stdout.")
_plot = click.option("--plot", "plot_path", type=click.Path(dir_okay=False, writable=True), default=None,
                     help="Save the figure to this file.")


def _old_sweeps(f):
    """``--sweeps``: the old spelling of ``--n-sweeps``, hidden and deprecated (resolved by :func:`_sweeps`)."""
    return click.option("--sweeps", "sweeps", type=click.IntRange(2), default=None, hidden=True,
                        deprecated="Use --n-sweeps (the Python keyword n_sweeps).")(f)


def _sweeps(n_sweeps: int, sweeps: int | None) -> int:
    """The number of sweeps from ``--n-sweeps`` or its deprecated spelling ``--sweeps`` (not both)."""
    if sweeps is None:
        return n_sweeps
    if click.get_current_context().get_parameter_source("n_sweeps") != click.core.ParameterSource.DEFAULT:
        raise click.UsageError("--sweeps is the deprecated spelling of --n-sweeps; give only --n-sweeps")
    return sweeps


# ---------------------------------------------------------------------------- sbm
@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def sbm() -> None:
    """Synaptic Boltzmann machine: an RBM whose synapses are sampled too."""


@sbm.command("train")
@click.option("--dataset", type=click.Choice(["digits", "patterns"]), default="digits", show_default=True,
              help="8x8 digits (with the BernoulliRBM comparison) or noisy random patterns.")
@click.option("--n-components", type=click.IntRange(1), default=64, show_default=True)
@click.option("--n-synapses", type=click.IntRange(1), default=4, show_default=True)
@click.option("--weights", type=click.Choice(["binary", "gaussian"]), default="binary", show_default=True)
@click.option("--amplitude", type=click.FloatRange(min=0, min_open=True), default=0.25, show_default=True)
@click.option("--q0", type=float, default=-2.0, show_default=True)
@click.option("--sigma-w", type=click.FloatRange(min=0, min_open=True), default=0.05, show_default=True)
@click.option("--temperature", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True)
@click.option("--n-sweeps", type=click.IntRange(2), default=200, show_default=True, help="Gibbs sweeps.")
@_old_sweeps
@click.option("--n-free", type=click.IntRange(0), default=100, show_default=True,
              help="Free replicas of the unlearning phase (0: pure joint).")
@click.option("--n-train", type=click.IntRange(1), default=None, help="Use only this many training digits.")
@click.option("--n-patterns", type=click.IntRange(1), default=4, show_default=True)
@click.option("--n-data", type=click.IntRange(1), default=200, show_default=True, help="Pattern data size.")
@_seed
@_json
@_plot
def sbm_train(dataset, n_components, n_synapses, weights, amplitude, q0, sigma_w, temperature, n_sweeps, sweeps,
              n_free, n_train, n_patterns, n_data, seed, as_json, plot_path):
    """Fit an SBM; on digits also fit BernoulliRBM and compare their features in the same run."""
    import numpy as np

    from stochnet import sbm_analysis as SA
    from stochnet.sbm import SynapticBoltzmannMachine

    n_sweeps = _sweeps(n_sweeps, sweeps)
    params = dict(n_synapses=n_synapses, weights=weights, amplitude=amplitude, q0=q0, sigma_w=sigma_w,
                  temperature=temperature, n_sweeps=n_sweeps, n_free=n_free)
    with _progress(n_sweeps, "sbm sweeps", as_json) as bar:
        def cb(sweep, info):
            bar.update(1)

        if dataset == "digits":
            res, model, rbm = SA.compare_with_rbm(n_components=n_components, sbm_params=params, n_train=n_train,
                                                 seed=seed, callback=cb)
            doc = res.to_dict()
            overlap_doc = None
            image_shape = (8, 8)
        else:
            X, patterns = SA.make_pattern_data(n_patterns, 64, n_data, seed=seed)
            model = SynapticBoltzmannMachine(n_components=n_components, random_state=seed + 1, **params)
            model.fit(X, callback=cb)
            rbm = None
            overlap = SA.receptive_field_overlap(model.components_, patterns)
            overlap_doc = SA.role_division(overlap)
            doc = {"pruned_fraction": model.pruned_fraction_, "prior_pruned_fraction": model.prior_pruned_fraction_,
                   **overlap_doc}
            image_shape = (8, 8)
    doc["dataset"] = dataset
    doc["turnover_after_burn_in"] = float(np.mean(model.history_["turnover"][model.burn_in_:]))
    if weights == "binary":
        occ = model.occupancy_.ravel()
        doc["occupancy_quantiles"] = [float(q) for q in np.quantile(occ, [0.05, 0.25, 0.5, 0.75, 0.95])]
        doc["fraction_synapses_always_off"] = float(np.mean(occ == 0.0))
        doc["fraction_synapses_always_on"] = float(np.mean(occ == 1.0))
    doc["params"] = {"n_components": n_components, **params, "seed": seed}
    if plot_path:
        SA.plot_sbm(model, plot_path, image_shape=image_shape, rbm=rbm)
    lines = [f"pruned fraction {doc['pruned_fraction']:.3f} (prior alone {doc['prior_pruned_fraction']:.3f}), "
             f"turnover per sweep {doc['turnover_after_burn_in']:.3f}"]
    if dataset == "digits":
        lines.append(f"logistic regression on features: SBM {doc['sbm_accuracy']:.3f}, "
                     f"BernoulliRBM {doc['rbm_accuracy']:.3f}, raw pixels {doc['raw_accuracy']:.3f}")
    else:
        lines.append(f"retrieval {doc['retrieval']:.3f}, specialization {doc['specialization']:.3f}, "
                     f"coverage {doc['coverage']:.2f}")
    _emit(doc, as_json, lines)


@sbm.command("sweep")
@click.option("--x", "x_name", type=click.Choice(["q0", "amplitude", "n_data", "temperature"]), default="q0",
              show_default=True)
@click.option("--x-values", default="-4,-3,-2,-1,0", show_default=True)
@click.option("--y", "y_name", type=click.Choice(["q0", "amplitude", "n_data", "temperature"]),
              default="amplitude", show_default=True)
@click.option("--y-values", default="0.05,0.1,0.25,0.5,1", show_default=True)
@click.option("--n-components", type=click.IntRange(1), default=16, show_default=True)
@click.option("--n-patterns", type=click.IntRange(1), default=4, show_default=True)
@click.option("--n-data", type=click.IntRange(1), default=200, show_default=True)
@click.option("--n-sweeps", type=click.IntRange(2), default=100, show_default=True, help="Gibbs sweeps per grid point.")
@_old_sweeps
@_seed
@_json
@_plot
def sbm_sweep(x_name, x_values, y_name, y_values, n_components, n_patterns, n_data, n_sweeps, sweeps, seed, as_json,
              plot_path):
    """Phase diagram: order parameters of the SBM over a grid of two parameters."""
    from stochnet import sbm_analysis as SA

    if x_name == y_name:
        raise click.BadParameter("--x and --y must name different parameters", param_hint="--y")
    n_sweeps = _sweeps(n_sweeps, sweeps)
    xs = _floats(x_values, "--x-values")
    ys = _floats(y_values, "--y-values")
    for name, vals, hint in ((x_name, xs, "--x-values"), (y_name, ys, "--y-values")):
        if name == "n_data":
            if any(v != int(v) or v < 1 for v in vals):
                raise click.BadParameter("n_data values must be positive integers", param_hint=hint)
            vals[:] = [int(v) for v in vals]
    with _progress(len(xs) * len(ys), "grid points", as_json) as bar:
        res = SA.phase_diagram(x_name, xs, y_name, ys, n_patterns=n_patterns, n_data=n_data,
                              sbm_params={"n_components": n_components, "n_sweeps": n_sweeps}, seed=seed,
                              callback=lambda k, total: bar.update(1))
    if plot_path:
        SA.plot_phase_diagram(res, plot_path)
    doc = res.to_dict()
    doc["pruned_fraction_grid"] = doc["pruned_fraction"]
    doc["pruned_fraction"] = float(res.pruned_fraction.mean())
    lines = [f"{y_name} \\ {x_name}: pruned fraction (retrieval)"]
    for iy, yv in enumerate(res.y_values):
        lines.append(f"{yv:>8g}: " + "  ".join(f"{res.pruned_fraction[iy, ix]:.2f} ({res.retrieval[iy, ix]:.2f})"
                                              for ix in range(len(res.x_values))))
    _emit(doc, as_json, lines)


# ---------------------------------------------------------------------------- forget
@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--seeds", "n_seeds", type=click.IntRange(1), default=5, show_default=True,
              help="Number of seeds (independent networks).")
@click.option("--n-train", type=click.IntRange(10), default=500, show_default=True)
@click.option("--n-test", type=click.IntRange(10), default=450, show_default=True)
@click.option("--hidden", default="30", show_default=True, help="Hidden layer sizes, comma-separated.")
@click.option("--acq-sweeps", type=click.IntRange(4), default=60, show_default=True)
@click.option("--forget-sweeps", type=click.IntRange(4), default=100, show_default=True)
@click.option("--release", type=click.Choice(["both", "inputs", "outputs"]), default="both", show_default=True,
              help="Clamps released in the forgetting phase.")
@click.option("--checkpoint", type=click.Path(dir_okay=False), default=None,
              help="JSON-lines file: each finished seed is appended; a rerun resumes from it.")
@_seed
@_json
@_plot
def forget(n_seeds, n_train, n_test, hidden, acq_sweeps, forget_sweeps, release, checkpoint, seed, as_json,
           plot_path):
    """Acquisition vs forgetting (clamps released, spontaneous activity) of a DSNN on the digits."""
    from stochnet.experiments import forgetting as F

    hidden_sizes = _ints(hidden, "--hidden")
    total = n_seeds * (acq_sweeps + forget_sweeps)
    with _progress(total, "sweeps", as_json) as bar:
        last = [0]

        def cb(k):
            bar.update(k - last[0])
            last[0] = k

        res = F.forgetting_experiment(n_seeds=n_seeds, seed=seed, callback=cb, n_train=n_train, n_test=n_test,
                                      hidden_layer_sizes=tuple(hidden_sizes), acquisition_sweeps=acq_sweeps,
                                      forgetting_sweeps=forget_sweeps, release=release, checkpoint=checkpoint)
    if plot_path:
        F.plot_forgetting(res, plot_path)
    doc = res.to_dict()
    lines = [
        f"tau_acquisition {_fmt(doc['tau_acquisition'])} sweeps [{_fmt(doc['tau_acquisition_ci'][0])}, "
        f"{_fmt(doc['tau_acquisition_ci'][1])}]",
        f"tau_forgetting  {_fmt(doc['tau_forgetting'])} sweeps [{_fmt(doc['tau_forgetting_ci'][0])}, "
        f"{_fmt(doc['tau_forgetting_ci'][1])}]",
        f"ratio tau_forget / tau_acq = {_fmt(doc['ratio'])} [{_fmt(doc['ratio_ci'][0])}, {_fmt(doc['ratio_ci'][1])}] "
        f"over {doc['n_seeds']} seeds",
    ]
    _emit(doc, as_json, lines)


# ---------------------------------------------------------------------------- necker
def _contrasts(text: str) -> list[float]:
    levelt = _floats(text, "--levelt") if text.strip() else []
    if any(not 0 <= c <= 1 for c in levelt):
        raise click.BadParameter("contrasts must lie in [0, 1]", param_hint="--levelt")
    return levelt


def _checkpoint_list(text: str) -> list[int]:
    cps = _floats(text, "--checkpoints") if text.strip() else []
    if any(v != int(v) or v < 0 for v in cps):
        raise click.BadParameter(f"expected comma-separated non-negative integers, got {text!r}",
                                 param_hint="--checkpoints")
    return [int(v) for v in cps]


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--size", type=click.IntRange(8), default=16, show_default=True, help="Image side in pixels.")
@click.option("--n-per-class", type=click.IntRange(1), default=25, show_default=True,
              help="Training drawings per interpretation (the model's data copies).")
@click.option("--hidden", default="20", show_default=True, help="Hidden layer sizes, comma-separated.")
@click.option("--population", type=click.IntRange(1), default=4, show_default=True,
              help="Output neurons per interpretation (the populations whose difference is the percept).")
@click.option("--train-sweeps", type=click.IntRange(1), default=60, show_default=True)
@click.option("--probes", type=click.IntRange(1), default=8, show_default=True,
              help="Probe copies of the ambiguous cube presented at once (the bootstrap resamples them).")
@click.option("--min-durations", type=click.IntRange(0), default=150, show_default=True)
@click.option("--chunk-sweeps", type=click.IntRange(1), default=250, show_default=True)
@click.option("--max-sweeps", type=click.IntRange(1), default=2000, show_default=True)
@click.option("--window", type=click.IntRange(1), default=10, show_default=True, help="Smoothing window (sweeps).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.3, show_default=True, help="Hysteresis threshold.")
@click.option("--plastic/--frozen", default=True, show_default=True,
              help="Keep sampling the synapses while presenting (the model) or freeze them.")
@click.option("--temperature", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True,
              help="Neuron inputs are divided by it during the presentation (1: the model).")
@click.option("--noise", "presentation_noise", type=click.FloatRange(0, 0.5), default=0.0, show_default=True,
              help="Probability that a pixel of the presented cube is inverted, drawn afresh every sweep.")
@click.option("--checkpoints", default="0,3,10,30", show_default=True,
              help="Training sweeps at which the emergence of alternation is measured (0: the untrained control).")
@click.option("--emergence-sweeps", type=click.IntRange(1), default=300, show_default=True)
@click.option("--levelt", "levelt_contrasts", default="1,0.6", show_default=True,
              help="Contrasts of the B-only edges for the Levelt checks ('' to skip).")
@click.option("--levelt-sweeps", type=click.IntRange(1), default=400, show_default=True)
@click.option("--boot", type=click.IntRange(0), default=300, show_default=True,
              help="Bootstrap resamples (over probe chains) of the gamma parameters.")
@click.option("--gof", type=click.IntRange(0), default=300, show_default=True,
              help="Simulations of the parametric-bootstrap goodness of fit of the gamma (0: skip).")
@click.option("--checkpoint", type=click.Path(dir_okay=False), default=None,
              help="State file (.npz, no pickle) written after every training checkpoint, Levelt condition and "
                   "presentation chunk; a rerun with the same options resumes from it.")
@_seed
@_json
@_plot
@click.pass_context
def necker(ctx, size, n_per_class, hidden, population, train_sweeps, probes, min_durations, chunk_sweeps, max_sweeps,
           window, threshold, plastic, temperature, presentation_noise, checkpoints, emergence_sweeps, levelt_contrasts,
           levelt_sweeps, boot, gof, checkpoint, seed, as_json, plot_path):
    """Necker cube: train on unambiguous cubes, present the ambiguous one, fit dominance durations.

    Without a subcommand: one run. `necker [OPTIONS] sweep`: the study over a parameter grid, whose
    points all use the options given before `sweep` (model, presentation, analysis; --checkpoints and
    --emergence-sweeps for its emergence table).
    """
    hidden_sizes = _ints(hidden, "--hidden")
    cps = _checkpoint_list(checkpoints)
    levelt = _contrasts(levelt_contrasts)
    if ctx.invoked_subcommand is not None:  # the options set the base of every point of the study
        for name in ("temperature", "presentation_noise", "checkpoint", "seed", "as_json", "plot_path"):
            if ctx.get_parameter_source(name) != click.core.ParameterSource.DEFAULT:
                flag = next(p.opts[0] for p in ctx.command.params if p.name == name)
                raise click.UsageError(f"{flag} of 'necker' does not apply to 'necker {ctx.invoked_subcommand}' "
                                       "(give it to the subcommand, or use its axis option)")
        ctx.obj = {"base": dict(
            size=size, n_per_class=n_per_class, hidden_layer_sizes=tuple(hidden_sizes), output_population=population,
            train_sweeps=train_sweeps, n_probes=probes, min_durations=min_durations, chunk_sweeps=chunk_sweeps,
            max_sweeps=max_sweeps, window=window, threshold=threshold, plastic=plastic,
            levelt_contrasts=tuple(levelt), levelt_sweeps=levelt_sweeps, n_boot=boot, n_gof=gof),
            "checkpoints": cps, "emergence_sweeps": emergence_sweeps}
        return
    from stochnet.experiments import necker as N

    with _progress(None, "necker", as_json) as bar:
        def cb(phase, done, total):
            bar.set_description(phase)
            bar.update(1)

        res = N.NeckerExperiment(
            size=size, n_per_class=n_per_class, hidden_layer_sizes=tuple(hidden_sizes), output_population=population,
            train_sweeps=train_sweeps, n_probes=probes, min_durations=min_durations, chunk_sweeps=chunk_sweeps,
            max_sweeps=max_sweeps, window=window, threshold=threshold, plastic=plastic, temperature=temperature,
            presentation_noise=presentation_noise, checkpoints=cps, emergence_sweeps=emergence_sweeps,
            levelt_contrasts=levelt, levelt_sweeps=levelt_sweeps, n_boot=boot, n_gof=gof, seed=seed,
        ).run(callback=cb, checkpoint=checkpoint)
    if plot_path:
        N.plot_necker(res, plot_path)
    doc = res.to_dict()
    lines = [
        f"train accuracy {doc['train_accuracy']:.3f}; P(A | ambiguous) = {_fmt(doc['ambiguous_p_a'])}",
        f"{doc['n_switches']} switches, {doc['n_durations']} dominance durations in {doc['n_sweeps_presented']} "
        f"sweeps x {doc['n_probes']} probes",
        f"gamma shape {_fmt(doc['gamma_shape'])} {_ci(doc['gamma_shape_ci'])}, scale {_fmt(doc['gamma_scale'])} "
        f"{_ci(doc['gamma_scale_ci'])} (95% bootstrap over {doc['n_bootstrap_units']} {doc['bootstrap_unit']}s)",
        f"gamma goodness of fit (parametric bootstrap) p = {_fmt(doc['gof_pvalue_gamma'])}; best by AIC: "
        f"{doc['best_by_aic']}; plain KS p: exponential {_fmt(doc['ks_pvalue_exponential'])}, "
        f"log-normal {_fmt(doc['ks_pvalue_lognormal'])}",
    ]
    lines.append(f"{doc['switch_rate_per_1000_sweeps']:.2f} switches per 1000 sweeps (time-shuffled signal: "
                 f"{doc['switch_rate_shuffled_per_1000_sweeps']:.2f}), mean |signal| {doc['mean_abs_signal']:.3f}")
    for e in doc["emergence"]:
        frozen = e.get("frozen")
        lines.append(f"after {e['train_sweeps']} training sweeps: accuracy {e['accuracy_test']:.2f}, "
                     f"{e['switch_rate_per_1000_sweeps']:.1f} switches per 1000 sweeps (shuffled "
                     f"{e['switch_rate_shuffled_per_1000_sweeps']:.1f}), mean |signal| {e['mean_abs_signal']:.2f}, "
                     f"undecided {e['fraction_undecided']:.2f}"
                     + (f"; frozen synapses: {frozen['switch_rate_per_1000_sweeps']:.1f} switches, mean |signal| "
                        f"{frozen['mean_abs_signal']:.2f}" if frozen else ""))
    for e in doc["levelt"]:
        lines.append(f"c_B = {e['contrast_b']:g}: predominance A {e['fraction_a']:.2f} B {e['fraction_b']:.2f}, "
                     f"mean durations A {_fmt(e['mean_duration_a'])} B {_fmt(e['mean_duration_b'])}, "
                     f"{e['switch_rate_per_1000_sweeps']:.1f} switches per 1000 sweeps")
    if doc["levelt_ii"] is not None:
        l2 = doc["levelt_ii"]
        lines.append(f"Levelt II (c_B = {l2['contrast_b']:g}): mean duration A {l2['delta_a']:+.1f}, "
                     f"B {l2['delta_b']:+.1f} sweeps: {'holds' if l2['holds'] else 'does not hold'}")
    _emit(doc, as_json, lines)


def _ci(pair) -> str:
    if not pair or pair[0] is None:
        return "[n/a]"
    return f"[{pair[0]:.3g}, {pair[1]:.3g}]"


_AXIS_OPTIONS = (("--n-synapses", "n_synapses"), ("--q0", "q0"), ("--amplitude", "amplitude"),
                 ("--temperature", "temperature"), ("--noise", "presentation_noise"))


@necker.command("sweep")
@click.option("--n-synapses", "n_synapses", default="8", show_default=True,
              help="Synapses per connection, comma-separated values.")
@click.option("--q0", default="0", show_default=True, help="Prior log-odds of a synapse, comma-separated values.")
@click.option("--amplitude", default="6", show_default=True, help="Amplitude scale, comma-separated values.")
@click.option("--temperature", default="1", show_default=True, help="Presentation temperature, comma-separated.")
@click.option("--noise", "presentation_noise", default="0", show_default=True,
              help="Presentation noise (pixel inversion probability per sweep), comma-separated values.")
@click.option("--seeds", type=click.IntRange(1), default=1, show_default=True, help="Networks per grid point.")
@click.option("--emergence-seeds", type=click.IntRange(0), default=3, show_default=True,
              help="Seeds of the emergence table at the default point (0: skip).")
@click.option("--db", "store", type=click.Path(dir_okay=False), default="necker_study.sqlite", show_default=True,
              help="SQLite file of finished points; a rerun skips them.")
@click.option("--jobs", type=click.IntRange(1), default=None, help="Worker processes [default: CPU count].")
@click.option("--scheduler", type=click.Choice(["processes", "dask", "serial"]), default="processes",
              show_default=True, help="Process pool (concurrent.futures), a local Dask cluster, or in-process.")
@click.option("--x", "x_axis", type=click.Choice([a for _, a in _AXIS_OPTIONS]), default="q0", show_default=True,
              help="Horizontal axis of the figure.")
@click.option("--y", "y_axis", type=click.Choice([a for _, a in _AXIS_OPTIONS]), default="amplitude",
              show_default=True, help="Vertical axis of the figure.")
@_seed
@_json
@_plot
@click.pass_obj
def necker_sweep(obj, n_synapses, q0, amplitude, temperature, presentation_noise, seeds, emergence_seeds, store, jobs,
                 scheduler, x_axis, y_axis, seed, as_json, plot_path):
    """Study: gamma shape, goodness of fit, AIC and Levelt II over a parameter grid (resumable)."""
    from stochnet.experiments import necker_study as S

    raw = {"n_synapses": n_synapses, "q0": q0, "amplitude": amplitude, "temperature": temperature,
           "presentation_noise": presentation_noise}
    values = {}
    for flag, name in _AXIS_OPTIONS:
        vals = _floats(raw[name], flag)
        if name == "n_synapses" and any(v != int(v) or v < 1 for v in vals):
            raise click.BadParameter("expected comma-separated positive integers", param_hint=flag)
        if name == "temperature" and any(v <= 0 for v in vals):
            raise click.BadParameter("temperatures must be positive", param_hint=flag)
        if name == "presentation_noise" and any(not 0 <= v <= 0.5 for v in vals):
            raise click.BadParameter("noise values must lie in [0, 0.5]", param_hint=flag)
        values[name] = vals
    if x_axis == y_axis:
        raise click.BadParameter("--x and --y must name different axes", param_hint="--y")
    if emergence_seeds and not obj["checkpoints"]:
        raise click.BadParameter("the emergence table needs at least one checkpoint (or --emergence-seeds 0)",
                                 param_hint="--checkpoints")
    study = S.NeckerStudy(values, seeds=seeds, emergence_seeds=emergence_seeds, base=obj["base"],
                          emergence_checkpoints=obj["checkpoints"], emergence_sweeps=obj["emergence_sweeps"], seed=seed)
    with _progress(None, "necker sweep", as_json) as bar:
        def cb(done, total):
            bar.total = total
            bar.n = done
            bar.refresh()

        res = study.run(store=store, jobs=jobs, scheduler=scheduler, callback=cb)
    if plot_path:
        S.plot_study(res, plot_path, x=x_axis, y=y_axis)
    doc = res.to_dict()
    lines = [f"{'M':>3} {'q0':>5} {'amp':>5} {'T':>4} {'noise':>5} {'seed':>10} {'n':>5} {'shape [95% CI]':>20} "
             f"{'GoF p':>6} {'AIC best':>11} {'Levelt II':>9}"]
    for p in doc["points"]:
        pr = p["params"]
        l2 = p["levelt_ii"]
        lines.append(f"{pr['n_synapses']:>3} {pr['q0']:>5g} {pr['amplitude']:>5g} {pr['temperature']:>4g} "
                     f"{pr['presentation_noise']:>5g} {p['seed']:>10} {p['n_durations']:>5} "
                     f"{_fmt(p['gamma_shape']):>6} {_ci(p['gamma_shape_ci']):>13} {_fmt(p['gof_pvalue_gamma'], '.2f'):>6} "
                     f"{str(p['best_by_aic']):>11} {'n/a' if l2 is None else ('holds' if l2['holds'] else 'no'):>9}")
    for e in doc["emergence"]:
        sr, fr = e["switch_rate_per_1000_sweeps"], e["frozen_switch_rate_per_1000_sweeps"]
        lines.append(f"emergence after {e['train_sweeps']} sweeps ({e['n_seeds']} seeds): switches/1000 sweeps "
                     f"{_fmt(sr[0])} {_ci(sr[1:])}, frozen {_fmt(fr[0])} {_ci(fr[1:])}, accuracy "
                     f"{_fmt(e['accuracy_test'][0])} {_ci(e['accuracy_test'][1:])}")
    v = doc["verdict"]
    lines.append(f"{v['n_meeting']} of {v['n_fitted']} fitted points meet: {v['criterion']} "
                 f"(largest shape {_fmt(v['max_gamma_shape'])}; gamma rejected at {v['n_gamma_rejected']} points; "
                 f"{v['n_too_few_durations']} with too few durations)")
    _emit(doc, as_json, lines)
