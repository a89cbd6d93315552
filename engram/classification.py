"""Which activity makes a cell an engram cell: a random forest predicting the label from features.

Plan
----
* Model: scikit-learn ``RandomForestClassifier`` with ``class_weight="balanced_subsample"`` (engram cells
  are a minority) behind a median imputer (cells missing from a session have NaN features).
* Cross-validation grouped by mouse (``GroupKFold``): no cell of a test mouse is ever in training. The
  score is the mean over folds of the held-out ROC AUC.
* Significance: the labels are permuted *within each mouse* (keeping every mouse's engram count), the
  whole cross-validation is redone, and ``p = (1 + #{null AUC >= observed}) / (1 + n_permutations)``
  (Phipson & Smyth 2010; Ojala & Garriga, JMLR 2010, test 1).
* Importance: permutation importance on the held-out folds (Breiman 2001; impurity importance is biased
  toward high-variance features, Strobl et al. 2007): the drop in held-out AUC when one column is
  shuffled, averaged over repeats and folds; and the same for all columns of one session shuffled
  together (rows permuted jointly), which gives ``top_session``.

Cost: ``n_splits * (1 + n_permutations)`` forest fits; permutations run in parallel (``n_jobs``) with
per-permutation seeds drawn up front, so results do not depend on ``n_jobs``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from engram.exceptions import EngramError

__all__ = ["ClassifierParams", "ClassificationResult", "classify", "permute_within_groups"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClassifierParams:
    """Forest and test settings."""

    n_splits: int = 5
    n_permutations: int = 100
    n_estimators: int = 50
    min_samples_leaf: int = 3
    max_samples: float | None = 0.5
    n_repeats: int = 5

    def __post_init__(self) -> None:
        if self.n_splits < 2:
            raise EngramError(f"n_splits must be >= 2, got {self.n_splits}")
        if self.n_permutations < 0 or self.n_estimators < 1 or self.n_repeats < 1:
            raise EngramError("n_permutations must be >= 0, n_estimators and n_repeats >= 1")

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ClassificationResult:
    """Cross-validated AUC, its within-mouse permutation p-value and held-out permutation importances."""

    auc: float
    auc_folds: tuple[float, ...]
    p_value: float
    null_auc: np.ndarray
    importances: tuple[dict, ...]
    session_importances: tuple[dict, ...]
    top_session: str
    n_cells: int
    n_mice: int
    n_engram: int
    events: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)

    def importance_table(self) -> pd.DataFrame:
        return pd.DataFrame(list(self.importances))

    def session_table(self) -> pd.DataFrame:
        return pd.DataFrame(list(self.session_importances))

    def to_dict(self) -> dict:
        return {
            "auc": self.auc,
            "auc_folds": list(self.auc_folds),
            "p_value": self.p_value,
            "n_permutations": int(self.null_auc.size),
            "null_auc_mean": float(np.mean(self.null_auc)) if self.null_auc.size else None,
            "top_session": self.top_session,
            "importances": list(self.importances),
            "session_importances": list(self.session_importances),
            "n_cells": self.n_cells,
            "n_mice": self.n_mice,
            "n_engram": self.n_engram,
            "events": self.events,
            "params": self.params,
        }


def permute_within_groups(y: np.ndarray, groups: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A copy of ``y`` with values shuffled inside each group (each group keeps its label counts)."""
    out = y.copy()
    for g in np.unique(groups):
        idx = np.flatnonzero(groups == g)
        out[idx] = y[rng.permutation(idx)]
    return out


def _model(p: ClassifierParams, seed: int):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        SimpleImputer(strategy="median", keep_empty_features=True),
        RandomForestClassifier(
            n_estimators=p.n_estimators, min_samples_leaf=p.min_samples_leaf, max_samples=p.max_samples,
            max_features="sqrt", class_weight="balanced_subsample", random_state=seed, n_jobs=1,
        ),
    )


def _auc(y, score) -> float:
    """ROC AUC from ranks (Mann-Whitney U / (n1 n0), ties at half weight): equals ``roc_auc_score`` without
    its per-call validation, which dominated the permutation test's cost. NaN unless both classes occur."""
    from scipy.stats import rankdata

    y = np.asarray(y)
    pos = y == 1
    n1 = int(pos.sum())
    n0 = y.size - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    ranks = rankdata(score)
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def _cv(X, y, folds, p, seed, importance_groups=None, rng=None):
    """Mean held-out AUC; with ``importance_groups`` also held-out permutation importances."""
    aucs = []
    imp = None if importance_groups is None else [[] for _ in importance_groups]
    seeds = np.random.default_rng(seed).integers(0, 2**31 - 1, len(folds))
    for (train, test), s in zip(folds, seeds):
        if np.unique(y[train]).size < 2 or np.unique(y[test]).size < 2:
            aucs.append(float("nan"))
            continue
        model = _model(p, int(s)).fit(X[train], y[train])
        Xt, yt = X[test], y[test]
        base = _auc(yt, model.predict_proba(Xt)[:, 1])
        aucs.append(base)
        if imp is not None:
            # all shuffled copies of the test fold in one predict call (per-call overhead dominates)
            nt = len(test)
            blocks = []
            for cols in importance_groups:
                for _ in range(p.n_repeats):
                    Xp = Xt.copy()
                    Xp[:, cols] = Xt[rng.permutation(nt)][:, cols]
                    blocks.append(Xp)
            proba = model.predict_proba(np.vstack(blocks))[:, 1].reshape(len(importance_groups), p.n_repeats, nt)
            for gi in range(len(importance_groups)):
                imp[gi].append(float(np.mean([base - _auc(yt, proba[gi, r]) for r in range(p.n_repeats)])))
    return np.array(aucs), imp


def _null_one(X, y, groups, folds, p, seed):
    rng = np.random.default_rng(seed)
    yp = permute_within_groups(y, groups, rng)
    aucs, _ = _cv(X, yp, folds, p, int(rng.integers(0, 2**31 - 1)))
    return float(np.nanmean(aucs)) if np.isfinite(aucs).any() else float("nan")


def _checkpoint_path(directory, X, y, groups, p, seeds) -> str:
    import hashlib
    import json
    import os

    h = hashlib.sha256()
    for a in (np.ascontiguousarray(X), y, seeds):
        h.update(np.ascontiguousarray(a).tobytes())
    h.update("|".join(map(str, groups)).encode())
    h.update(json.dumps(p.to_dict(), sort_keys=True).encode())
    os.makedirs(directory, exist_ok=True)
    return os.path.join(directory, f"classify_null_{h.hexdigest()[:16]}.txt")


def _read_checkpoint(path: str) -> dict[int, float]:
    import os

    done: dict[int, float] = {}
    if os.path.isfile(path):
        with open(path) as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 2:  # a line cut by an interruption is ignored
                    try:
                        done[int(parts[0])] = float(parts[1])
                    except ValueError:
                        continue
    return done


def classify(
    X: pd.DataFrame,
    y: pd.Series,
    params: ClassifierParams | None = None,
    *,
    seed=None,
    n_jobs: int = 1,
    events: dict | None = None,
    progress: bool = False,
    checkpoint: str | None = None,
) -> ClassificationResult:
    """Predict engram labels from per-cell features with mouse-grouped CV and a within-mouse permutation test.

    Parameters
    ----------
    X : DataFrame indexed by (mouse, cell), columns (feature, session, epoch) (see
        :func:`engram.features.feature_matrix`)
    y : 0/1 labels aligned with ``X``
    params : :class:`ClassifierParams`
    seed : int, Generator or None
    n_jobs : processes for the permutation null
    events : the event-extraction record to carry into the result
    checkpoint : directory; null AUCs are appended there as they finish (file keyed by a hash of the data,
        labels, parameters and seed) and reused by a rerun, so an interrupted permutation test resumes

    Examples
    --------
    >>> from engram.simulation import simulate, SimulationConfig
    >>> from engram.pipeline import run
    >>> from engram.features import feature_matrix
    >>> sim = simulate(SimulationConfig(n_mice=3, n_cells=40, duration_s=60), seed=0)
    >>> data = run(sim.dataset)
    >>> X, y = feature_matrix(data.tidy, data.labels, sessions=data.sessions)
    >>> res = classify(X, y, ClassifierParams(n_permutations=0, n_estimators=30), seed=0)
    >>> res.top_session
    'conditioning'
    """
    p = params or ClassifierParams()
    rng = np.random.default_rng(seed)
    if not isinstance(X.index, pd.MultiIndex) or "mouse" not in X.index.names:
        raise EngramError("X must be indexed by (mouse, cell)")
    groups = X.index.get_level_values("mouse").to_numpy()
    mice = np.unique(groups)
    yv = np.asarray(y, dtype=int)
    if mice.size < 2:
        raise EngramError(f"classification needs at least 2 mice for mouse-grouped CV, got {mice.size}")
    if np.unique(yv).size < 2:
        raise EngramError("labels: classification needs both engram and non-engram cells")
    if X.shape[1] == 0:
        raise EngramError("no features to classify on")
    from sklearn.model_selection import GroupKFold

    n_splits = min(p.n_splits, mice.size)
    folds = list(GroupKFold(n_splits=n_splits).split(np.zeros(len(yv)), yv, groups))
    Xv = X.to_numpy(dtype=np.float64)
    cols = list(X.columns)
    sessions = list(dict.fromkeys(c[1] for c in cols))
    col_groups = [[i] for i in range(len(cols))]
    sess_groups = [[i for i, c in enumerate(cols) if c[1] == s] for s in sessions]
    aucs, imp = _cv(Xv, yv, folds, p, int(rng.integers(0, 2**31 - 1)), col_groups + sess_groups, rng)
    if not np.isfinite(aucs).any():
        raise EngramError("no fold had both classes in training and test; need engram and other cells in every mouse")
    auc = float(np.nanmean(aucs))
    null_seeds = rng.integers(0, 2**63 - 1, p.n_permutations)
    null = np.full(p.n_permutations, np.nan)
    done: dict[int, float] = {}
    ck_path = None
    if checkpoint and p.n_permutations:
        ck_path = _checkpoint_path(checkpoint, Xv, yv, groups, p, null_seeds)
        done = _read_checkpoint(ck_path)
        for i, v in done.items():
            if i < null.size:
                null[i] = v
    todo = [i for i in range(p.n_permutations) if i not in done]
    if todo:
        from joblib import Parallel, delayed

        it = Parallel(n_jobs=n_jobs, return_as="generator")(
            delayed(_null_one)(Xv, yv, groups, folds, p, int(null_seeds[i])) for i in todo
        )
        if progress:
            from tqdm import tqdm

            it = tqdm(it, total=len(todo), desc="permutations", leave=False)
        fh = open(ck_path, "a") if ck_path else None
        try:
            for i, v in zip(todo, it):
                null[i] = v
                if fh:
                    fh.write(f"{i} {v!r}\n")
                    fh.flush()
        finally:
            if fh:
                fh.close()
    valid = null[np.isfinite(null)]
    p_value = float((1 + np.sum(valid >= auc)) / (1 + valid.size)) if p.n_permutations else float("nan")
    n_cols = len(cols)
    importances = tuple(
        {"feature": c[0], "session": c[1], "epoch": c[2], "importance": float(np.mean(imp[i])),
         "std": float(np.std(imp[i]))}
        for i, c in enumerate(cols)
    )
    session_imp = tuple(
        {"session": s, "importance": float(np.mean(imp[n_cols + j])), "std": float(np.std(imp[n_cols + j]))}
        for j, s in enumerate(sessions)
    )
    real = [d for d in session_imp if not d["session"].startswith("context:")] or list(session_imp)
    top = max(real, key=lambda d: d["importance"])["session"]
    null.setflags(write=False)
    return ClassificationResult(
        auc=auc, auc_folds=tuple(float(a) for a in aucs), p_value=p_value, null_auc=null,
        importances=importances, session_importances=session_imp, top_session=top,
        n_cells=int(len(yv)), n_mice=int(mice.size), n_engram=int(yv.sum()), events=dict(events or {}),
        params={**p.to_dict(), "n_splits_used": n_splits},
    )
