"""The frontier figure: best limit mu per k and start family against the quotient margin, with every
known lower bound near the frontier drawn and labelled with its status (``synctool search frontier
--plot``; the search itself is :mod:`synclib.record.frontier`)."""

from __future__ import annotations

from pathlib import Path

from synclib.record.frontier import FrontierResult

__all__ = ["plot_frontier"]


def plot_frontier(results, path, *, record_mu: float | None = None, spec_mu: float | None = None):
    """Best limit mu per k and family against the margin, with every known bound drawn and labelled.

    ``results``: FrontierResult objects (or their dicts). ``spec_mu``: mu of the realised spec, drawn
    as a line. Writes ``path`` (any format matplotlib knows) and returns it.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from synclib.known_bounds import CATALOG_RECORD, KNOWN_BOUNDS

    rows = [r if isinstance(r, FrontierResult) else FrontierResult.from_dict(r) for r in results]
    fig, ax = plt.subplots(figsize=(8, 5))
    markers = {"reflect": "o", "known-pair": "s", "split": "^", "band": "v", "random": "x"}
    by_kf = {}
    for r in rows:
        for m, mu, feas in r.path:
            if feas and mu is not None and r.confirmed:
                key = (r.k, r.family)
                cur = by_kf.setdefault(key, {})
                cur[m] = max(cur.get(m, -1.0), mu)
    cmap = plt.get_cmap("viridis")
    ks = sorted({k for k, _ in by_kf}) or [0]
    for (k, fam), pts in sorted(by_kf.items()):
        ms = sorted(pts)
        ax.plot(ms, [pts[m] for m in ms], marker=markers.get(fam, "."), linestyle="-",
                color=cmap((ks.index(k) + 0.5) / len(ks)), label=f"k={k} {fam}")
    colours = iter(["tab:gray", "tab:orange", "tab:purple", "tab:brown", "tab:pink"])
    bounds = [(64 / 93, "64/93 synctool (dense certificate, n=4000)", "tab:blue", "--"),
              (0.75, "3/4 Kassabov-Strogatz-Townsend upper bound", "tab:red", "-")]
    for b in KNOWN_BOUNDS:  # every lower bound near the frontier, labelled with its status
        if b.kind == "lower" and b.value >= 0.6875:
            who = b.source.split(",")[0] if "synctool" not in b.source else "synctool shipped spec"
            bounds.append((b.value, f"{b.value:.10f} {who} ({b.status})", next(colours, "tab:gray"), "--"))
    if record_mu is not None:
        bounds.append((record_mu, f"{record_mu:.8f} best limit point", "tab:green", ":"))
    if spec_mu is not None:
        bounds.append((spec_mu, f"{spec_mu:.10f} realised spec (this run)", "black", "-."))
    vals = [mu for pts in by_kf.values() for mu in pts.values()] + [CATALOG_RECORD]
    top = max(vals) + 0.0025  # zoom on the data; the 3/4 upper bound is far above and stated in text
    for v, lab, col, ls in bounds:
        if v <= top:
            ax.axhline(v, color=col, linestyle=ls, linewidth=1, label=lab)
        else:
            ax.text(0.99, 0.98, f"above the axis: {lab} (mu = {v:g})", transform=ax.transAxes, ha="right",
                    va="top", fontsize=7, color=col)
    ax.set_xscale("log")
    ax.set_xlabel("quotient margin (lambda <= -margin)")
    ax.set_ylabel("limit mu")
    ax.set_ylim(0.684, top)
    ax.set_title("Frontier of the limit problem (confirmed points)")
    ax.legend(fontsize=7, loc="lower left", ncol=2)
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
