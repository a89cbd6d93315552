"""Throughput of the DSNN Gibbs kernels against the numpy twin and the memory-bandwidth floor,
and a full digits training run compared with scikit-learn's MLPClassifier in the same process.

Run: ``/work/venv/bin/python benchmarks/bench_dsnn.py`` (kernels + one digits training run,
about a minute on an idle 2-core machine); ``--full`` trains on splits 0, 1 and 2 (seed = split),
``--splits 10,11,12`` on the splits given (splits that no default was chosen on, for an unbiased
check); ``--params JSON`` trains a non-default model (``DSNNClassifier`` keyword arguments);
``--blas`` times the default fit with numpy's BLAS thread pool against one BLAS thread (what the
chains now run with) in this process; ``--skip-train``
only times the kernels; ``--json`` prints one JSON document.  ``--against REV`` also loads
``stochnet/_kernels.py`` as it was at git revision ``REV`` (e.g. ``bb18afd~1``, the kernels before
the gathered SIMD synapse sums) and times it against the current kernels in this process: the
synapse sweep of a trained digits chain (both layers, serial, interleaved, median of 7) and a
60-sweep digits fit with each kernel module (one chain, M = 8, amplitude 6: the model before the
defaults changed, so that both kernel modules do the same work).  ``--against-model default``
does both with the current default model instead (one chain for the sweep, the default two for
the fit); use it against revisions whose kernels already run that model (0267d42 and later).

Terms: a synapse-sweep term is one (synapse, data copy with an active presynaptic neuron) pair of
the conditional sum; a neuron-sweep term is one (copy, neuron, child) triple.  The
memory-bandwidth floor is measured here with a large ``numpy.copyto`` (bytes read + written per
second).  A kernel that streamed every operand of a term from memory would move at least 32 bytes
per synapse term (copy index, presynaptic value, postsynaptic state, cached input) and 24 per
neuron term (child weight, child input, child state); ``floor terms/s = bandwidth / bytes``.  The
kernels keep those operands in cache and are limited by ``exp``/``log1p`` instead, which is what
the ratio shows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from stochnet import _kernels as K  # noqa: E402
from tests.stochnet import naive  # noqa: E402


def best_of(fn, repeat=3):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bandwidth_gbs(n_bytes=256 * 2**20):
    src = np.ones(n_bytes // 8)
    dst = np.empty_like(src)
    np.copyto(dst, src)
    t = best_of(lambda: np.copyto(dst, src), repeat=5)
    return 2 * src.nbytes / t / 1e9


def synapse_setup(n_data, n_pre, n_post, n_syn, seed=0):
    from sklearn.datasets import load_digits

    rng = np.random.default_rng(seed)
    X = load_digits().data
    x = np.ascontiguousarray(X[rng.choice(X.shape[0], n_data)] / 16.0)[:, :n_pre]
    amps = rng.normal(0, 6 / np.sqrt(n_pre + 1), (n_post, n_pre + 1, n_syn))
    syn = (rng.random(amps.shape) < 0.5).astype(np.uint8)
    w = np.einsum("jim,jim->ji", amps, syn)
    v = np.ascontiguousarray((x @ w[:, :-1].T + w[:, -1]).T)
    x_post = (rng.random((n_post, n_data)) < 0.5).astype(float)
    return x, amps, syn, w, v, x_post, K.seed_streams(rng, n_post)


def bench_synapses(n_data=1347, n_pre=64, n_post=100, n_syn=4, numpy_posts=4):
    x, amps, syn, w, v, x_post, st = synapse_setup(n_data, n_pre, n_post, n_syn)
    indptr, idx, val = K.active_lists(x)
    terms = idx.shape[0] * n_post * n_syn
    logits = np.zeros_like(amps)
    out = {"shape": f"D={n_data} pre={n_pre}+1 post={n_post} M={n_syn}", "terms": int(terms)}
    for name, par in (("numba_parallel", True), ("numba_serial", False)):
        K.synapse_sweep(amps, syn, w, v, x_post, indptr, idx, val, 0.0, st, logits, parallel=par)
        t = best_of(lambda: K.synapse_sweep(amps, syn, w, v, x_post, indptr, idx, val, 0.0, st,
                                            logits, parallel=par))
        out[name] = terms / t
    # numpy twin on a few postsynaptic neurons (it is the same work per neuron)
    sub = slice(0, numpy_posts)
    a2, s2, w2, v2, xp2 = amps[sub].copy(), syn[sub].copy(), w[sub].copy(), v[sub].copy(), x_post[sub].copy()
    t = best_of(lambda: naive.synapse_sweep_numpy(a2, s2, w2, v2, xp2, x, 0.0, st[sub].copy()), repeat=1)
    out["numpy_twin"] = idx.shape[0] * numpy_posts * n_syn / t
    return out


def bench_neurons(n_data=1347, n=100, n_child=100, seed=0):
    rng = np.random.default_rng(seed)
    x = (rng.random((n_data, n)) < 0.5).astype(float)
    v = rng.normal(0, 2, (n_data, n))
    w_child = rng.normal(0, 1, (n_child, n + 1))
    x_child = (rng.random((n_data, n_child)) < 0.5).astype(float)
    u = x @ w_child[:, :-1].T + w_child[:, -1]
    st = K.seed_streams(rng, n_data)
    logits = np.zeros_like(x)
    terms = n_data * n * n_child
    out = {"shape": f"D={n_data} n={n} children={n_child}", "terms": int(terms)}
    for name, par in (("numba_parallel", True), ("numba_serial", False)):
        K.neuron_sweep(x, v, w_child, u, x_child, st, logits, parallel=par)
        t = best_of(lambda: K.neuron_sweep(x, v, w_child, u, x_child, st, logits, parallel=par))
        out[name] = terms / t
    sub = 20
    xs, us = x[:sub].copy(), u[:sub].copy()
    t = best_of(lambda: naive.neuron_sweep_numpy(xs, v[:sub], w_child, us, x_child[:sub], st[:sub].copy()), repeat=1)
    out["numpy_twin"] = sub * n * n_child / t
    return out


def digits_run(seed=0, **params):
    """DSNN (the defaults, or ``params``) on the stratified split ``seed`` against
    MLPClassifier((200,)) (the issue's reference) and MLPClassifier of the DSNN's hidden sizes,
    all in this process."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    from stochnet import DSNNClassifier, load_digits_split

    ds = load_digits_split(test_size=0.25, seed=seed)
    clf = DSNNClassifier(random_state=seed, **params)
    load_before = os.getloadavg()[0]
    t, c = time.perf_counter(), time.process_time()
    clf.fit(ds.X_train, ds.y_train)
    fit_s, fit_cpu = time.perf_counter() - t, time.process_time() - c
    t = time.perf_counter()
    dsnn_acc = clf.score(ds.X_test, ds.y_test)
    readout_s = time.perf_counter() - t
    out = {"seed": seed, "hidden_layer_sizes": list(clf.chain_.layer_sizes[1:-1]), "n_sweeps": clf.n_sweeps,
           "dsnn_test_accuracy": dsnn_acc, "dsnn_train_accuracy": clf.score(ds.X_train, ds.y_train),
           "dsnn_fit_seconds": fit_s, "dsnn_fit_cpu_seconds": fit_cpu, "dsnn_readout_seconds": readout_s,
           "load_average": [load_before, os.getloadavg()[0]]}
    for name, hidden in (("mlp200", (200,)), ("mlp_same", tuple(out["hidden_layer_sizes"]))):
        t = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            mlp = MLPClassifier(hidden_layer_sizes=hidden, max_iter=500, random_state=seed)
            mlp.fit(ds.X_train / 16.0, ds.y_train)
        out[f"{name}_test_accuracy"] = float(mlp.score(ds.X_test / 16.0, ds.y_test))
        out[f"{name}_fit_seconds"] = time.perf_counter() - t
    out["gap_to_mlp200"] = out["dsnn_test_accuracy"] - out["mlp200_test_accuracy"]
    return out


def load_kernels_at(rev):
    """``stochnet/_kernels.py`` at git revision ``rev`` as a module (compiled in a temporary folder)."""
    import importlib.util
    import subprocess
    import tempfile

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    src = subprocess.run(["git", "-C", root, "show", f"{rev}:stochnet/_kernels.py"], check=True,
                         capture_output=True, text=True).stdout
    folder = tempfile.mkdtemp(prefix="synctool_kernels_")
    path = os.path.join(folder, "_kernels_baseline.py")
    with open(path, "w") as fh:
        fh.write(src)
    spec = importlib.util.spec_from_file_location("_kernels_baseline", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class _WithoutTable:
    """A kernel module of a revision before the expm1 table, seen through the current chain's calls."""

    def __init__(self, mod):
        self._mod = mod

    def __getattr__(self, name):
        return getattr(self._mod, name)

    @staticmethod
    def expm1_table(amps, indptr, val):
        return None

    def synapse_sweep(self, *args, table=None, **kwargs):
        return self._mod.synapse_sweep(*args, **kwargs)


def bench_against(rev, repeat=7, model="previous"):
    """Current kernels against those of ``rev``, on the state of a digits chain after 40 sweeps."""
    import stochnet._dsnn_chain as chain_mod
    from stochnet import DSNNClassifier, load_digits_split

    base = load_kernels_at(rev)
    if not hasattr(base, "expm1_table"):
        base = _WithoutTable(base)
    ds = load_digits_split(test_size=0.25, seed=0)
    if model == "default":
        one_chain, fit_model = {"n_chains": 1}, {}
    else:
        one_chain = {"n_synapses": 8, "amplitude_scale": 6.0, "n_chains": 1}  # the previous default model
        fit_model = one_chain
    clf = DSNNClassifier(random_state=0, n_sweeps=40, **one_chain).fit(ds.X_train, ds.y_train)
    ch = clf.chain_
    ch.sweep(sample_synapses=False)

    def sweep_with(mod):
        elapsed, flips, logits = 0.0, 0, []
        for l in range(1, len(ch.layer_sizes)):
            indptr, idx, val = K.active_lists(ch.x[l - 1])
            # the input connection's table is made once per fit, as the chain does (outside the timing)
            table = mod.expm1_table(ch.amps[l], indptr, val) if l == 1 else None
            v = np.ascontiguousarray(ch.layer_input(l).T)
            x_post = np.ascontiguousarray(ch.x[l].T)
            syn, w, st = ch.syn[l].copy(), ch.w[l].copy(), ch.synapse_rng[l].copy()
            lg = np.zeros_like(ch.amps[l])
            t = time.perf_counter()
            mod.synapse_sweep(ch.amps[l], syn, w, v, x_post, indptr, idx, val, ch.q0, st, lg, parallel=False,
                              table=table)
            elapsed += time.perf_counter() - t
            flips += int((syn != ch.syn[l]).sum())
            logits.append(lg)
        return elapsed, flips, logits

    for mod in (base, K):  # compile / load
        sweep_with(mod)
    times = {"baseline": [], "current": []}
    for _ in range(repeat):
        for name, mod in (("baseline", base), ("current", K)):
            elapsed, flips, logits = sweep_with(mod)
            times[name].append(elapsed)
            if name == "baseline":
                flips_base, logits_base = flips, logits
    max_dlogit = max(float(np.abs(a - b).max()) for a, b in zip(logits, logits_base))
    out = {"rev": rev, "model": model, "synapse_sweep_s": {k: float(np.median(v)) for k, v in times.items()},
           "flips": {"baseline": flips_base, "current": flips}, "max_logit_difference": max_dlogit}
    out["synapse_sweep_ratio"] = out["synapse_sweep_s"]["baseline"] / out["synapse_sweep_s"]["current"]
    fits = {}
    for name, mod in (("baseline", base), ("current", K)):
        chain_mod.K = mod
        try:
            # compile / load every kernel of this module outside the timing
            DSNNClassifier(random_state=1, n_sweeps=1, n_readout=1, **fit_model).fit(ds.X_train, ds.y_train)
            t = time.perf_counter()
            DSNNClassifier(random_state=1, n_sweeps=60, n_readout=30, **fit_model).fit(ds.X_train, ds.y_train)
            fits[name] = time.perf_counter() - t
        finally:
            chain_mod.K = K
    out["fit_60_sweeps_s"] = fits
    out["fit_ratio"] = fits["baseline"] / fits["current"]
    return out


def bench_blas(n_sweeps=30, repeat=2):
    """The default digits fit (two chains on threads) with its sweeps under numpy's own BLAS thread
    pool (the baseline: before stochnet limited BLAS to one thread while chains run) and with the
    limit of :func:`stochnet._dsnn_chain.one_blas_thread`; interleaved, best of ``repeat``; reports
    whether the read-out snapshots of the two fits are identical."""
    import contextlib

    import stochnet.dsnn as dsnn_mod
    from stochnet import DSNNClassifier, load_digits_split

    ds = load_digits_split(test_size=0.25, seed=0)
    DSNNClassifier(random_state=0, n_sweeps=1, n_readout=1).fit(ds.X_train, ds.y_train)  # compile / load
    limit = dsnn_mod.one_blas_thread
    times = {"blas_pool": [], "one_blas_thread": []}
    snaps = {}
    for _ in range(repeat):
        for name, ctx in (("blas_pool", contextlib.nullcontext), ("one_blas_thread", limit)):
            dsnn_mod.one_blas_thread = ctx
            try:
                t = time.perf_counter()
                clf = DSNNClassifier(random_state=0, n_sweeps=n_sweeps).fit(ds.X_train, ds.y_train)
                times[name].append(time.perf_counter() - t)
            finally:
                dsnn_mod.one_blas_thread = limit
            snaps[name] = clf.weight_snapshots()
    out = {"n_sweeps": n_sweeps, "repeat": repeat, "fit_s": {k: min(v) for k, v in times.items()},
           "identical": bool(np.array_equal(snaps["blas_pool"], snaps["one_blas_thread"]))}
    out["ratio"] = out["fit_s"]["blas_pool"] / out["fit_s"]["one_blas_thread"]
    return out


def _params(text):
    """``--params``: a JSON object of DSNNClassifier keyword arguments."""
    try:
        params = json.loads(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not JSON: {e}") from None
    if not isinstance(params, dict):
        raise argparse.ArgumentTypeError("must be a JSON object of DSNNClassifier keyword arguments")
    return params


def _splits(text):
    """``--splits``: comma-separated non-negative split seeds."""
    try:
        splits = tuple(int(t) for t in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of integers: {text!r}") from None
    if not splits or min(splits) < 0:
        raise argparse.ArgumentTypeError(f"split seeds must be non-negative integers: {text!r}")
    return splits


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--full", action="store_true", help="train on digits splits 0, 1 and 2 (seed = split)")
    p.add_argument("--skip-train", action="store_true", help="only time the kernels")
    p.add_argument("--json", action="store_true")
    p.add_argument("--params", metavar="JSON", type=_params, default={},
                   help="DSNNClassifier parameters of the digits runs instead of the defaults, e.g. "
                        "'{\"hidden_layer_sizes\": [200], \"n_sweeps\": 100, \"n_readout\": 50}'")
    p.add_argument("--against", metavar="REV", default=None,
                   help="also time the kernels of git revision REV against the current ones")
    p.add_argument("--splits", metavar="LIST", type=_splits, default=None,
                   help="comma-separated split seeds of the digits runs (default 0; 0,1,2 with --full), "
                        "e.g. 10,11,12 for splits that no setting was chosen on")
    p.add_argument("--blas", action="store_true",
                   help="also time the default fit with numpy's BLAS thread pool against one BLAS thread")
    p.add_argument("--against-model", choices=["previous", "default"], default="previous",
                   help="model of the --against timings: the one before the defaults changed, or the default")
    args = p.parse_args(argv)
    import numba

    res = {"threads": numba.get_num_threads(), "load_average": os.getloadavg(),
           "note": "shared machine; rates are best of 3"}
    bw = bandwidth_gbs()
    res["bandwidth_GBs"] = bw
    syn = bench_synapses()
    syn["floor_terms_per_s"] = bw * 1e9 / 32
    neu = bench_neurons()
    neu["floor_terms_per_s"] = bw * 1e9 / 24
    res["synapse_sweep"] = syn
    res["neuron_sweep"] = neu
    if args.against:
        res["against"] = bench_against(args.against, model=args.against_model)
    if args.blas:
        res["blas"] = bench_blas()
    if not args.skip_train:
        res["params"] = args.params
        splits = args.splits or ((0, 1, 2) if args.full else (0,))
        res["digits"] = [digits_run(s, **args.params) for s in splits]
    if args.json:
        print(json.dumps(res))
        return
    print(f"numba threads {res['threads']}; load average {res['load_average'][0]:.1f}; "
          f"memory bandwidth (numpy copy) {bw:.1f} GB/s")
    for name, r in (("synapse sweep", syn), ("neuron sweep", neu)):
        print(f"{name} [{r['shape']}], {r['terms']:.3g} terms per sweep:")
        for k in ("numba_parallel", "numba_serial", "numpy_twin", "floor_terms_per_s"):
            print(f"  {k:18s} {r[k] / 1e6:10.2f} M terms/s")
        print(f"  parallel / numpy twin {r['numba_parallel'] / r['numpy_twin']:.0f}x; "
              f"parallel / serial {r['numba_parallel'] / r['numba_serial']:.2f}x; "
              f"parallel / bandwidth floor {r['numba_parallel'] / r['floor_terms_per_s']:.2f}")
    if "against" in res:
        a = res["against"]
        print(f"against the kernels of {a['rev']} ({a['model']} model; digits chain after 40 sweeps, serial, "
              f"median of 7): "
              f"synapse sweep {a['synapse_sweep_s']['baseline']:.3f} s -> {a['synapse_sweep_s']['current']:.3f} s "
              f"({a['synapse_sweep_ratio']:.2f}x), flips {a['flips']['baseline']} / {a['flips']['current']}, "
              f"largest conditional log-odds difference {a['max_logit_difference']:.1e}; 60-sweep fit "
              f"{a['fit_60_sweeps_s']['baseline']:.1f} s -> {a['fit_60_sweeps_s']['current']:.1f} s ({a['fit_ratio']:.2f}x)")
    if "blas" in res:
        b = res["blas"]
        print(f"default digits fit, {b['n_sweeps']} sweeps, two chains on threads (best of {b['repeat']}): "
              f"with numpy's BLAS thread pool {b['fit_s']['blas_pool']:.1f} s, with one BLAS thread "
              f"{b['fit_s']['one_blas_thread']:.1f} s ({b['ratio']:.2f}x); read-out snapshots "
              f"{'identical' if b['identical'] else 'DIFFERENT'}")
    if res.get("params"):
        print(f"DSNN parameters (instead of the defaults): {json.dumps(res['params'])}")
    for d in res.get("digits", []):
        print(f"digits split {d['seed']}: DSNN hidden {d['hidden_layer_sizes']} {d['n_sweeps']} sweeps: test "
              f"{d['dsnn_test_accuracy']:.4f} (train {d['dsnn_train_accuracy']:.4f}), fit "
              f"{d['dsnn_fit_seconds']:.1f} s wall / {d['dsnn_fit_cpu_seconds']:.1f} s CPU (load "
              f"{d['load_average'][0]:.1f} -> {d['load_average'][1]:.1f}), read-out {d['dsnn_readout_seconds']:.1f} s; "
              f"MLPClassifier((200,)) {d['mlp200_test_accuracy']:.4f}, same hidden sizes "
              f"{d['mlp_same_test_accuracy']:.4f}; DSNN - MLP(200) {d['gap_to_mlp200']:+.4f} "
              f"({'meets' if d['gap_to_mlp200'] >= -0.005 else 'misses'} the -0.005 target)")


if __name__ == "__main__":
    main()
