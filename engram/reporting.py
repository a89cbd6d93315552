"""Figures (matplotlib) and a self-contained HTML report with the PNGs embedded as base64.

Figures: session importance (held-out permutation importance, with the spread over folds), the null
distribution of the classifier AUC, the synchrony time course (engram vs other mean r with bootstrap
CIs, p-values marked), one correlation matrix ordered by cluster with engram cells marked, and the
engram enrichment of clusters per session. :func:`write_report` writes ``report.html`` (no external
files needed), the PNGs, ``results.json`` and CSV tables to a directory.
"""

from __future__ import annotations

import base64
import html
import io
import json
import logging
import os

import numpy as np

__all__ = [
    "plot_session_importance",
    "plot_null_auc",
    "plot_synchrony",
    "plot_correlation_matrix",
    "plot_enrichment",
    "write_report",
]

log = logging.getLogger(__name__)


def _plt():
    import matplotlib

    if matplotlib.get_backend().lower() not in ("agg", "pdf", "svg", "ps", "cairo"):
        try:
            matplotlib.use("Agg")
        except Exception:  # pragma: no cover - backend already fixed by the user
            pass
    import matplotlib.pyplot as plt

    return plt


def plot_session_importance(result):
    """Bar chart of per-session held-out permutation importance (drop in AUC)."""
    plt = _plt()
    rows = list(result.session_importances)
    fig, ax = plt.subplots(figsize=(6, 3.2))
    x = np.arange(len(rows))
    colors = ["tab:red" if r["session"] == result.top_session else "tab:gray" for r in rows]
    ax.bar(x, [r["importance"] for r in rows], yerr=[r["std"] for r in rows], color=colors, capsize=3)
    ax.set_xticks(x, [r["session"] for r in rows], rotation=30, ha="right")
    ax.axhline(0, color="k", lw=0.5)
    ax.set_ylabel("drop in held-out AUC")
    ax.set_title(f"Session importance (AUC {result.auc:.2f}, p = {result.p_value:.3g})")
    fig.tight_layout()
    return fig


def plot_null_auc(result):
    """Histogram of AUCs under within-mouse label permutation, observed AUC marked."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(4.5, 3))
    if result.null_auc.size:
        ax.hist(result.null_auc[np.isfinite(result.null_auc)], bins=20, color="tab:gray")
    ax.axvline(result.auc, color="tab:red", label="observed")
    ax.set_xlabel("cross-validated AUC")
    ax.set_ylabel("permutations")
    ax.legend()
    fig.tight_layout()
    return fig


def plot_synchrony(result):
    """Engram vs other mean pairwise r per session with bootstrap CIs; * marks p < 0.05 (matched test)."""
    plt = _plt()
    rows = [r for r in result.sessions if r.get("engram_mean_r") is not None]
    fig, ax = plt.subplots(figsize=(6.5, 3.4))
    x = np.arange(len(rows))
    for key, ci, color, label, dx in (("engram_mean_r", "engram_ci", "tab:red", "engram", -0.08),
                                       ("other_mean_r", "other_ci", "tab:blue", "other", 0.08)):
        y = np.array([r[key] for r in rows])
        lo = np.array([r[ci][0] for r in rows])
        hi = np.array([r[ci][1] for r in rows])
        ax.errorbar(x + dx, y, yerr=[y - lo, hi - y], color=color, marker="o", capsize=3, label=label)
    top = max([r["engram_ci"][1] for r in rows] + [r["other_ci"][1] for r in rows] + [0])
    bottom = min([r["engram_ci"][0] for r in rows] + [r["other_ci"][0] for r in rows] + [0])
    span = max(top - bottom, 1e-3)
    ax.set_ylim(bottom - 0.05 * span, top + 0.2 * span)
    for i, r in enumerate(rows):
        pm = r.get("p_value_matched")
        if pm is not None and pm < 0.05:
            ax.text(i, top + 0.06 * span, "*", ha="center", fontsize=14)
    ax.set_xticks(x, [r["session"] for r in rows], rotation=30, ha="right")
    ax.set_ylabel("mean pairwise r (binned events)")
    ax.axhline(0, color="k", lw=0.5)
    ax.legend()
    ax.set_title("Synchrony across sessions (95% CI; * matched p < 0.05)")
    fig.tight_layout()
    return fig


def plot_correlation_matrix(data, clusters, mouse: str, session: str):
    """Correlation matrix of one mouse and session, cells ordered by cluster, engram cells marked."""
    plt = _plt()
    summ = next(s for m in data.mice if m.mouse == mouse for s in m.sessions if s.session == session)
    cells, ids = clusters.memberships[(mouse, session)]
    pos = {int(c): i for i, c in enumerate(summ.cells)}
    idx = np.array([pos[int(c)] for c in cells])
    order = np.lexsort((-summ.labels[idx], ids))
    sel = idx[order]
    r = np.array(summ.corr, dtype=float)[np.ix_(sel, sel)]
    np.fill_diagonal(r, np.nan)
    fig, (ax0, ax) = plt.subplots(1, 2, figsize=(5.6, 5), gridspec_kw={"width_ratios": [1, 20]}, sharey=True)
    ax0.imshow(summ.labels[sel][:, None], aspect="auto", cmap="Reds", vmin=0, vmax=1, interpolation="nearest")
    ax0.set_xticks([])
    ax0.set_ylabel("cells (by cluster; red = engram)")
    lim = np.nanpercentile(np.abs(r), 99) if np.isfinite(r).any() else 1.0
    im = ax.imshow(r, cmap="RdBu_r", vmin=-lim, vmax=lim, interpolation="nearest", aspect="auto")
    bounds = np.flatnonzero(np.diff(ids[order])) + 0.5
    for b in bounds:
        ax.axhline(b, color="k", lw=0.5)
        ax.axvline(b, color="k", lw=0.5)
    ax.set_title(f"{mouse} / {session}: r of binned events")
    fig.colorbar(im, ax=ax, fraction=0.046)
    fig.tight_layout()
    return fig


def plot_enrichment(clusters, sessions: list[str]):
    """Best cluster's engram fold enrichment per mouse and session."""
    plt = _plt()
    tab = clusters.cluster_table()
    fig, ax = plt.subplots(figsize=(6, 3.2))
    if not tab.empty:
        big = tab[tab["size"] >= 3]
        best = big.groupby(["mouse", "session"])["fold_enrichment"].max().reset_index()
        order = {s: i for i, s in enumerate(sessions)}
        for mouse, g in best.groupby("mouse"):
            g = g.sort_values("session", key=lambda c: c.map(order))
            ax.plot(g["session"].map(order), g["fold_enrichment"], marker="o", alpha=0.7, label=str(mouse))
        ax.set_xticks(range(len(sessions)), sessions, rotation=30, ha="right")
    ax.axhline(1, color="k", lw=0.5)
    ax.set_ylabel("max engram fold enrichment")
    ax.set_title("Engram enrichment of clusters (clusters >= 3 cells)")
    if len(ax.get_legend_handles_labels()[0]) <= 12:
        ax.legend(fontsize=7)
    fig.tight_layout()
    return fig


def _png(fig) -> bytes:
    plt = _plt()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return buf.getvalue()


def _json_default(o):
    if isinstance(o, np.ndarray):
        return o.tolist()
    if isinstance(o, (np.integer,)):
        return int(o)
    if isinstance(o, (np.floating,)):
        return float(o)
    raise TypeError(type(o).__name__)


def write_report(out_dir: str, data, classification=None, synchrony=None, clusters=None, *,
                 title: str = "engram report", extra: dict | None = None) -> str:
    """Write ``report.html`` (self-contained), PNG figures, ``results.json`` and CSV tables; return the HTML path."""
    os.makedirs(out_dir, exist_ok=True)
    figures: list[tuple[str, bytes]] = []
    sections: list[str] = []
    results: dict = {"events": data.events_record(), "sessions": data.sessions,
                     "mice": [m.mouse for m in data.mice], "notes": list(data.notes)}
    if extra:
        results.update(extra)
    if classification is not None:
        figures.append(("session_importance", _png(plot_session_importance(classification))))
        figures.append(("null_auc", _png(plot_null_auc(classification))))
        classification.importance_table().to_csv(os.path.join(out_dir, "importances.csv"), index=False)
        results["classify"] = classification.to_dict()
        sections.append(
            f"<h2>Label prediction</h2><p>Random forest, CV grouped by mouse ({classification.n_mice} mice, "
            f"{classification.n_cells} cells, {classification.n_engram} engram). Mean held-out AUC "
            f"<b>{classification.auc:.3f}</b>, within-mouse label permutation p = <b>{classification.p_value:.3g}</b> "
            f"({classification.null_auc.size} permutations). Most important session: "
            f"<b>{html.escape(classification.top_session)}</b>.</p>"
            + classification.session_table().to_html(index=False, float_format="%.4f")
        )
    if synchrony is not None:
        figures.append(("synchrony", _png(plot_synchrony(synchrony))))
        tab = synchrony.table()
        tab.to_csv(os.path.join(out_dir, "synchrony.csv"), index=False)
        results["synchrony"] = synchrony.to_dict()
        cols = [c for c in ("session", "n_mice", "engram_mean_r", "other_mean_r", "difference", "p_value",
                            "p_value_matched", "p_value_pairwise", "engram_rate_hz", "other_rate_hz") if c in tab]
        sections.append(
            "<h2>Synchrony</h2><p>Pearson r of binned events within engram and within other cells. p_value: label "
            "permutation within mouse; p_value_matched: activity-matched subsamples, labels permuted within rate bins; "
            "p_value_pairwise: Mann-Whitney over pairs, anti-conservative, shown for comparison only.</p>"
            + tab[cols].to_html(index=False, float_format="%.4g")
        )
    if clusters is not None:
        ctab = clusters.cluster_table()
        ctab.to_csv(os.path.join(out_dir, "clusters.csv"), index=False)
        clusters.stability_table().to_csv(os.path.join(out_dir, "stability.csv"), index=False)
        results["cluster"] = clusters.to_dict()
        figures.append(("enrichment", _png(plot_enrichment(clusters, data.sessions))))
        if clusters.memberships:
            if not ctab.empty:
                best = ctab.sort_values("p_value").iloc[0]
                key = (best["mouse"], best["session"])
            else:
                key = next(iter(clusters.memberships))
            figures.append(("correlation_matrix", _png(plot_correlation_matrix(data, clusters, *key))))
        sig = ctab[ctab["q_value"] < 0.05] if not ctab.empty else ctab
        stab = clusters.stability_table()
        sections.append(
            f"<h2>Clusters</h2><p>Average linkage on 1 - r, {clusters.params.get('n_clusters')} clusters per mouse "
            f"and session; {len(sig)} of {len(ctab)} clusters engram-enriched at BH q &lt; 0.05. Mean adjusted Rand "
            f"index between consecutive sessions: {stab['ari'].mean() if not stab.empty else float('nan'):.3f}.</p>"
            + (sig.to_html(index=False, float_format="%.4g") if len(sig) else "")
        )
    for name, png in figures:
        with open(os.path.join(out_dir, f"{name}.png"), "wb") as fh:
            fh.write(png)
    with open(os.path.join(out_dir, "results.json"), "w") as fh:
        json.dump(results, fh, indent=1, default=_json_default)
    ev = html.escape(json.dumps(results["events"]))
    imgs = "".join(
        f'<figure><img alt="{name}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">'
        f"<figcaption>{name}</figcaption></figure>"
        for name, png in figures
    )
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in data.notes)
    doc = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>body{{font-family:sans-serif;max-width:980px;margin:auto}}"
        "table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px}"
        "figure{display:inline-block;margin:6px}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>Mice: {len(data.mice)}; sessions: {html.escape(', '.join(data.sessions))}."
        f"</p><p>Event extraction: <code>{ev}</code></p>"
        + "".join(sections) + "<h2>Figures</h2>" + imgs
        + (f"<h2>Dropped on request</h2><ul>{notes}</ul>" if notes else "")
        + "</body></html>"
    )
    path = os.path.join(out_dir, "report.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)
    return path
