"""``synctool dsnn``: train and evaluate the dual sampling neural network from the command line.

``synctool dsnn train [--dataset digits|PATH] [--hidden-layer-sizes 200] [--n-sweeps N] [--seed S]
[--out model.npz] [--plot PATH] [--json]`` samples the DSNN posterior on the training split, prints test/train accuracy, the
spread over synapse samples and the power-law exponent of hidden responses; with ``--out`` the
model (and its chain) is checkpointed every ``--checkpoint-every`` sweeps, and ``--resume``
continues an interrupted run from that file.  ``synctool dsnn eval MODEL [--json]`` evaluates a
saved model on the split it was trained with (or ``--dataset``).  Only this module prints.

Option names are the keyword names of :class:`stochnet.DSNNClassifier` with dashes
(``--hidden-layer-sizes`` is ``hidden_layer_sizes``, ``--n-sweeps`` is ``n_sweeps``); ``--seed``
is ``random_state``.
"""

from __future__ import annotations

import json
import os
import sys
import time

import click
import numpy as np

__all__ = ["dsnn", "evaluate", "train"]


def _parse_hidden(ctx, param, value):
    try:
        sizes = tuple(int(v) for v in str(value).replace(" ", "").split(",") if v != "")
    except ValueError:
        raise click.BadParameter(f"expected comma-separated positive ints like '100' or '100,50', got {value!r}") from None
    if not sizes or min(sizes) < 1:
        raise click.BadParameter(f"expected comma-separated positive ints like '100' or '100,50', got {value!r}")
    return sizes


def _report(clf, ds, seconds, spread=None):
    """The result document and the figures' inputs; ``spread`` is the test-set
    :func:`~stochnet.analysis.accuracy_spread` of ``clf`` as it is now, when already computed."""
    from stochnet.analysis import accuracy_spread, pca_spectrum, weight_distribution
    from stochnet.exceptions import StochNetError

    if spread is None:
        spread = accuracy_spread(clf, ds.X_test, ds.y_test)
    try:
        pca = pca_spectrum(clf, ds.X_test)
    except StochNetError:  # too few stimuli or hidden units with variance for a power-law fit
        pca = None
    wd = weight_distribution(clf)
    wdd = wd.to_dict()
    return {
        "dataset": ds.name, "n_train": int(ds.X_train.shape[0]), "n_test": int(ds.X_test.shape[0]),
        "hidden_layer_sizes": list(clf.chain_.layer_sizes[1:-1]), "n_sweeps": int(clf.n_sweeps_done_),
        "seconds": round(float(seconds), 3),
        "train_accuracy": clf.score(ds.X_train, ds.y_train),
        "test_accuracy": spread.average_accuracy,
        "test_accuracy_spread": {k: v for k, v in spread.to_dict().items() if k != "per_sample"},
        # None: the hidden responses have too few PCA eigenvalues above zero for a power-law fit
        "power_law_exponent": None if pca is None else pca.exponent,
        "power_law_r_squared": None if pca is None else pca.r_squared,
        "power_law_fit_range": None if pca is None else list(pca.fit_range),
        "weights": {k: wdd[k] for k in ("n", "mean", "std", "fraction_zero", "skewness", "excess_kurtosis")},
    }, (spread, pca, wd)


def _power_law_line(result, with_r2=False):
    if result["power_law_exponent"] is None:
        return "power-law exponent of hidden PCA spectrum: not fitted (too few eigenvalues above zero)"
    line = f"power-law exponent of hidden PCA spectrum {result['power_law_exponent']:.3f}"
    return line + (f" (r^2 {result['power_law_r_squared']:.3f})" if with_r2 else "")


def _plot(path, curve, figures):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    spread, pca, wd = figures
    fig, axes = plt.subplots(2, 2, figsize=(10, 7))
    if curve is not None and curve.sweeps.size:
        curve.plot(axes[0, 0])
    spread.plot(axes[0, 1])
    wd.plot(axes[1, 0])
    if pca is not None:
        pca.plot(axes[1, 1])
    else:
        axes[1, 1].set_axis_off()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


@click.group(name="dsnn", context_settings={"help_option_names": ["-h", "--help"]})
def dsnn() -> None:
    """Dual sampling neural network: learning by Gibbs sampling of neurons and synapses."""


@dsnn.command()
@click.option("--dataset", default="digits", show_default=True,
              help="'digits' (embedded 8x8 digits) or a path to MNIST IDX files (directory or images file).")
@click.option("--hidden-layer-sizes", default="200", show_default=True, callback=_parse_hidden,
              help="Hidden layer sizes, comma-separated.")
@click.option("--n-sweeps", type=click.IntRange(min=1), default=80, show_default=True, help="Gibbs sweeps.")
@click.option("--n-synapses", type=click.IntRange(min=1), default=16, show_default=True,
              help="Binary synapses per connection (M).")
@click.option("--amplitude-scale", type=click.FloatRange(min=0, min_open=True), default=9.0,
              show_default=True, help="Amplitude scale of the synapses.")
@click.option("--q0", type=float, default=0.0, show_default=True, help="Prior log-odds of a synapse.")
@click.option("--output-population", type=click.IntRange(min=1), default=3,
              show_default=True, help="Output neurons per class.")
@click.option("--n-readout", type=click.IntRange(min=1), default=40, show_default=True,
              help="Synapse snapshots averaged in the read-out.")
@click.option("--readout-interval", type=click.IntRange(min=1), default=1, show_default=True,
              help="Sweeps between two read-out snapshots.")
@click.option("--n-hidden-samples", type=click.IntRange(min=1), default=4, show_default=True,
              help="Forward samples of the hidden layers per snapshot in the read-out.")
@click.option("--amplitude-dist", type=click.Choice(["normal", "sign"]), default="normal", show_default=True,
              help="Distribution of the fixed synaptic amplitudes.")
@click.option("--binarize-inputs", is_flag=True, default=False, help="Threshold the scaled inputs at 0.5.")
@click.option("--readout", type=click.Choice(["label", "rate"]), default="label", show_default=True,
              help="Read-out: the model's label posterior (softmax of the class populations' summed input) "
                   "or the populations' mean firing, averaged over hidden samples and synapse snapshots.")
@click.option("--anneal-sweeps", type=click.IntRange(min=0), default=0, show_default=True,
              help="Sweeps over which the synapses' inverse temperature rises to 1 (0: exact Gibbs throughout).")
@click.option("--anneal-beta", type=click.FloatRange(0, 1, min_open=True), default=0.05, show_default=True,
              help="Initial inverse temperature of the annealing.")
@click.option("--n-chains", type=click.IntRange(min=1), default=2, show_default=True,
              help="Independent Gibbs chains whose snapshots the read-out averages.")
@click.option("--input-coding", type=click.Choice(["rate", "onoff"]), default="rate", show_default=True,
              help="Input layer: one neuron per feature (the scaled value) or two (ON = value, OFF = 1 - value).")
@click.option("--test-size", type=click.FloatRange(0, 1, min_open=True, max_open=True), default=0.25,
              show_default=True, help="Held-out fraction (when the data have no test files).")
@click.option("--max-train", type=click.IntRange(min=2), default=None, help="Use a random subset of the training set.")
@click.option("--eval-every", type=click.IntRange(min=1), default=10, show_default=True,
              help="Sweeps between learning-curve points.")
@click.option("--compare-mlp", is_flag=True, help="Also train scikit-learn's MLPClassifier of the same hidden size.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the model (.npz) here; checkpointed during training.")
@click.option("--checkpoint-every", type=click.IntRange(min=0), default=10, show_default=True,
              help="Sweeps between checkpoints to --out (0: only at the end).")
@click.option("--resume", is_flag=True,
              help="Continue the run saved in --out up to --n-sweeps sweeps (a fresh run if --out does not exist).")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write a figure (learning curve, spread, weights, PCA spectrum).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
def train(dataset, hidden_layer_sizes, n_sweeps, n_synapses, amplitude_scale, q0, output_population, n_readout,
          readout_interval, n_hidden_samples, amplitude_dist, binarize_inputs, readout, anneal_sweeps, anneal_beta,
          n_chains, input_coding, test_size, max_train, eval_every, compare_mlp, seed, out, checkpoint_every, resume,
          plot_path, as_json):
    """Train a DSNN by sampling and report its accuracy and measurements.

    With --plot the figure's learning curve also shows MLPClassifier's test accuracy (trained as
    with --compare-mlp).
    """
    from tqdm import tqdm

    from stochnet.analysis import LearningCurve, accuracy_spread, learning_curve_point
    from stochnet.data import load_dataset
    from stochnet.dsnn import DSNNClassifier, load_dsnn

    if resume and out is None:
        raise click.UsageError("--resume needs --out (the checkpoint to continue)")
    ds = load_dataset(dataset, test_size=test_size, seed=seed, max_train=max_train)
    meta = {"dataset": dataset, "test_size": test_size, "seed": seed, "max_train": max_train}
    rows = []
    last = {}  # the test-set spread of the last learning-curve point, for the report
    bar = tqdm(total=n_sweeps, desc="sweeps", unit="sweep", disable=as_json or not sys.stderr.isatty())

    def callback(model, sweep):
        bar.update(1)
        if out is not None and checkpoint_every and sweep % checkpoint_every == 0 and sweep < n_sweeps:
            model.save(out, metadata=meta)
        if sweep % eval_every == 0 or sweep == n_sweeps:
            spread = accuracy_spread(model, ds.X_test, ds.y_test)
            last.update(sweep=sweep, spread=spread)
            rows.append(learning_curve_point(model, sweep, ds.X_train, ds.y_train, ds.X_test, ds.y_test,
                                             spread=spread))

    t0 = time.perf_counter()
    if resume and os.path.exists(out):
        clf = load_dsnn(out)
        if clf.n_features_in_ != ds.X_train.shape[1]:
            raise click.UsageError(f"--resume: {out} has {clf.n_features_in_} features, the data set {ds.X_train.shape[1]}")
        bar.update(min(clf.n_sweeps_done_, n_sweeps))
        clf.sample_sweeps(max(0, n_sweeps - clf.n_sweeps_done_), callback=callback)
    else:
        clf = DSNNClassifier(hidden_layer_sizes=hidden_layer_sizes, n_synapses=n_synapses,
                             amplitude_scale=amplitude_scale, q0=q0, n_sweeps=n_sweeps,
                             n_readout=n_readout, output_population=output_population,
                             readout_interval=readout_interval, n_hidden_samples=n_hidden_samples,
                             amplitude_dist=amplitude_dist, binarize_inputs=binarize_inputs, readout=readout,
                             anneal_sweeps=anneal_sweeps, anneal_beta=anneal_beta, n_chains=n_chains,
                             input_coding=input_coding, random_state=seed)
        clf.fit(ds.X_train, ds.y_train, callback=callback)
    seconds = time.perf_counter() - t0
    bar.close()
    if out is not None:
        clf.save(out, metadata=meta)
    # the last point's spread is the report's when no sweep came after it (not after a --resume
    # that had no sweeps left to run)
    result, figs = _report(clf, ds, seconds,
                           spread=last.get("spread") if last.get("sweep") == clf.n_sweeps_done_ else None)
    mlp_acc = None
    if compare_mlp or plot_path is not None:
        mlp_acc, result["mlp_seconds"] = _mlp_accuracy(ds, clf.chain_.layer_sizes[1:-1], seed)
        result["mlp_test_accuracy"] = mlp_acc
    curve = LearningCurve.from_rows(rows, mlp_test_accuracy=mlp_acc)
    result["learning_curve"] = curve.to_dict()
    if out is not None:
        result["model"] = out
    if plot_path is not None:
        _plot(plot_path, curve, figs)
        result["plot"] = plot_path
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"dataset {result['dataset']}: {result['n_train']} train / {result['n_test']} test, "
               f"hidden layers {result['hidden_layer_sizes']}, {result['n_sweeps']} sweeps in "
               f"{result['seconds']:.1f} s")
    sp = result["test_accuracy_spread"]
    click.echo(f"test accuracy {result['test_accuracy']:.4f} (single synapse samples {sp['mean']:.4f} "
               f"+- {sp['std']:.4f}), train accuracy {result['train_accuracy']:.4f}")
    if mlp_acc is not None:
        click.echo(f"MLPClassifier (same hidden layer sizes) test accuracy {mlp_acc:.4f}")
    click.echo(_power_law_line(result, with_r2=True))
    if out is not None:
        click.echo(f"model written to {out}")


def _mlp_accuracy(ds, hidden_layer_sizes, seed):
    """Test accuracy and fit seconds of scikit-learn's MLPClassifier on inputs / max(train)."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    t1 = time.perf_counter()
    scale = max(1.0, float(np.max(ds.X_train)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        mlp = MLPClassifier(hidden_layer_sizes=tuple(hidden_layer_sizes), random_state=seed, max_iter=500)
        mlp.fit(ds.X_train / scale, ds.y_train)
    return float(mlp.score(ds.X_test / scale, ds.y_test)), round(time.perf_counter() - t1, 3)


@dsnn.command(name="eval")
@click.argument("model", type=click.Path(dir_okay=False))
@click.option("--dataset", default=None, help="Data set to evaluate on (default: the one in the model file).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
def evaluate(model, dataset, as_json):
    """Evaluate a saved DSNN model."""
    from stochnet.data import load_dataset
    from stochnet.dsnn import load_dsnn
    from stochnet.exceptions import StochNetError

    clf = load_dsnn(model)
    meta = getattr(clf, "metadata_", {}) or {}
    spec = dataset if dataset is not None else meta.get("dataset", "digits")
    ds = load_dataset(spec, test_size=meta.get("test_size", 0.25), seed=meta.get("seed", 0),
                      max_train=meta.get("max_train"))
    if ds.X_train.shape[1] != clf.n_features_in_:
        raise StochNetError(f"{model}: the model expects {clf.n_features_in_} features, data set "
                            f"{spec!r} has {ds.X_train.shape[1]}")
    t0 = time.perf_counter()
    result, _ = _report(clf, ds, 0.0)
    result["seconds"] = round(time.perf_counter() - t0, 3)
    result["model"] = model
    if as_json:
        click.echo(json.dumps(result))
        return
    sp = result["test_accuracy_spread"]
    click.echo(f"{model}: {result['n_sweeps']} sweeps, hidden layers {result['hidden_layer_sizes']}, "
               f"data set {result['dataset']}")
    click.echo(f"test accuracy {result['test_accuracy']:.4f} (single synapse samples {sp['mean']:.4f} "
               f"+- {sp['std']:.4f}), train accuracy {result['train_accuracy']:.4f}")
    click.echo(_power_law_line(result))
