"""Figure 1 of Yoneda, Tatsukawa & Teramae (Chaos 31, 063124, 2021) with matplotlib.

The figure shows, for every n, the best connectivity over the twists, max_q mu(n, q) =
max_q degree(n, q)/(n - 1), against n, with the earlier lower bounds on mu_c as horizontal lines
(Wiley-Strogatz-Girvan 2006, Canale 2015, Townsend-Stillman-Strogatz 2020) and the
supremum of the circulant/twisted-state route (0.68388, Yoneda et al. 2021); the later record
(Canale 2022, 0.6875) and the upper bound 3/4 (Kassabov-Strogatz-Townsend 2022) are drawn dashed.
Bound values and sources come from :data:`synclib.known_bounds.KNOWN_BOUNDS`.

The data come from a sweep (:class:`synclib.circulant.sweep.SweepResult`, any q mode) or from a list of
per-class results; only certified classes count.
"""

from __future__ import annotations

import os
import re

from synclib.known_bounds import KNOWN_BOUNDS
from synclib.exceptions import SyncLibError

__all__ = ["figure1_data", "figure1", "save_figure1"]

_COLORS = ("tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple", "tab:brown", "tab:gray")


def figure1_data(source) -> tuple[list[int], list[float], list[int]]:
    """``(n, best mu, best q)`` per n from a SweepResult or an iterable of CirculantSolution."""
    from synclib.circulant.sweep import best_per_n

    classes = getattr(source, "classes", source)
    ns = getattr(source, "ns", None)
    best = best_per_n(classes, ns)
    xs = list(best)
    return xs, [best[n].degree / (n - 1) for n in xs], [best[n].m for n in xs]


def _short(source: str) -> str:
    m = re.match(r"(.*?\d{4})", source)
    return m.group(1) if m else source.split(",")[0]


def figure1(source, *, bounds=KNOWN_BOUNDS, zoom: tuple[float, float] = (0.665, 0.69), title: str | None = None):
    """Draw Figure 1 (best mu over q against n, with the known bounds as lines); returns the Figure.

    Two panels: every n on a full scale (all bounds), and the same points zoomed to ``zoom`` where
    the lower bounds on mu_c separate (the region the paper's figure shows).

    Parameters
    ----------
    source : SweepResult or iterable of CirculantSolution
    bounds : iterable of KnownBound
        Lines to draw: lower bounds solid, upper bounds dashed.
    zoom : (float, float)
        y-range of the second panel.
    """
    from matplotlib.figure import Figure

    xs, ys, qs = figure1_data(source)
    if not xs:
        raise SyncLibError("figure 1: the sweep holds no certified network to plot")
    fig = Figure(figsize=(8, 8), layout="constrained")
    ax_full, ax_zoom = fig.subplots(2, 1, height_ratios=(1, 1.6))
    top = max(range(len(xs)), key=lambda i: (ys[i], -xs[i]))
    ordered = sorted(bounds, key=lambda b: b.value)
    for ax, lims in ((ax_full, None), (ax_zoom, zoom)):
        ax.plot(xs, ys, ".", ms=3, color="black", label=r"$\max_q\,\mu(n, q)$ (this sweep)", zorder=3)
        for i, b in enumerate(ordered):
            if lims is not None and not lims[0] <= b.value <= lims[1]:
                continue
            ax.axhline(b.value, lw=0.9, ls="--" if b.kind == "upper" else "-", color=_COLORS[i % len(_COLORS)],
                       label=f"{b.kind} bound {b.value:.4f} ({_short(b.source)})", zorder=2)
        ax.set_xlim(min(xs) - 1, max(xs) + 1)
        ax.set_xlabel("n (oscillators)")
        ax.set_ylabel(r"$\max_q\,\mu$ = degree / (n - 1)")
        ax.grid(alpha=0.3, lw=0.5)
    ax_full.set_ylim(max(0.0, min(ys) - 0.02), max(b.value for b in ordered) + 0.02 if ordered else 1.0)
    ax_full.set_title(title or f"Densest circulant with a stable twisted state, n = {min(xs)}..{max(xs)}",
                      fontsize=10)
    ax_zoom.set_ylim(*zoom)
    ax_zoom.annotate(f"best: n={xs[top]}, q={qs[top]}, $\\mu$={ys[top]:.6f}", (xs[top], ys[top]),
                     xytext=(-230, 28), textcoords="offset points", fontsize=8,
                     arrowprops={"arrowstyle": "->", "lw": 0.6})
    below = sum(1 for y in ys if y < zoom[0])
    ax_zoom.set_title(f"zoom ({below} n with max mu < {zoom[0]} lie below the frame)", fontsize=9)
    ax_zoom.legend(fontsize=7, loc="lower right", framealpha=0.9)
    return fig


def save_figure1(source, path: str | os.PathLike, *, dpi: int = 150, **kwargs) -> None:
    """Draw Figure 1 and write it (format from the suffix, e.g. ``.png`` or ``.pdf``)."""
    fig = figure1(source, **kwargs)
    try:
        fig.savefig(path, dpi=dpi)
    except OSError as exc:
        raise SyncLibError(f"--plot {path}: cannot write the figure ({exc.strerror or exc})") from None
    except ValueError as exc:  # unknown format
        raise SyncLibError(f"--plot {path}: {str(exc).splitlines()[0]}") from None
