"""Necker-cube stimuli: the wire-frame cube and its two unambiguous drawings, rendered in code.

The drawing: front square at the lower left, back square shifted up-right. The two unambiguous
drawings carry an occlusion depth cue (ours): the three edges meeting at the vertex that is hidden
in that interpretation are removed. Interpretation "A" (front square lower left, seen from above)
hides the back square's lower-left corner; interpretation "B" (front square upper right, seen from
below) hides the front square's upper-right corner. The ambiguous stimulus draws all 12 edges, so
it differs from each unambiguous drawing by exactly three edges.
"""

from __future__ import annotations

import numpy as np

from stochnet.exceptions import StochNetError

__all__ = ["KINDS", "render_cube", "cube_training_set"]

KINDS = ("A", "B", "ambiguous")


def _cube_geometry(size: int):
    """Vertices of the drawing in pixel coordinates (x right, y down) and the 12 edges."""
    s = float(size)
    side = 0.5 * s
    off = 0.25 * s
    x0, y0 = 0.125 * s, 0.375 * s + side * 0.0
    front = {"ll": (x0, y0 + side), "lr": (x0 + side, y0 + side), "ul": (x0, y0), "ur": (x0 + side, y0)}
    back = {k: (x + off, y - off) for k, (x, y) in front.items()}
    verts = {("F", k): v for k, v in front.items()}
    verts.update({("B", k): v for k, v in back.items()})
    square = [("ll", "lr"), ("lr", "ur"), ("ur", "ul"), ("ul", "ll")]
    edges = [(("F", a), ("F", b)) for a, b in square] + [(("B", a), ("B", b)) for a, b in square]
    edges += [(("F", k), ("B", k)) for k in ("ll", "lr", "ul", "ur")]
    return verts, edges


def _draw(img, p, q, value):
    n = int(np.ceil(4 * max(abs(q[0] - p[0]), abs(q[1] - p[1])))) + 1
    for t in np.linspace(0.0, 1.0, n):
        x = p[0] + t * (q[0] - p[0])
        y = p[1] + t * (q[1] - p[1])
        r, c = int(round(y)), int(round(x))
        if 0 <= r < img.shape[0] and 0 <= c < img.shape[1]:
            img[r, c] = max(img[r, c], value)


def render_cube(kind: str, size: int = 16, contrast_a: float = 1.0, contrast_b: float = 1.0) -> np.ndarray:
    """Render a cube drawing as a ``(size, size)`` image with values in [0, 1].

    Parameters
    ----------
    kind : {"A", "B", "ambiguous"}
        "A": the edges at the back square's lower-left corner removed (hidden in A);
        "B": the edges at the front square's upper-right corner removed (hidden in B);
        "ambiguous": all 12 edges.
    size : int >= 8
    contrast_a, contrast_b : float in [0, 1]
        Only for "ambiguous": intensity of the edges that only A shows (those hidden in B) and of
        the edges that only B shows; edges both show are drawn at 1. Common pixels keep the maximum.

    Returns
    -------
    ndarray (size, size)

    Examples
    --------
    >>> a, amb = render_cube("A", 12), render_cube("ambiguous", 12)
    >>> a.shape, bool((a <= amb).all()), float(amb.max())
    ((12, 12), True, 1.0)
    """
    if kind not in KINDS:
        raise StochNetError(f"kind: expected one of {', '.join(KINDS)}, got {kind!r}")
    if int(size) != size or size < 8:
        raise StochNetError(f"size: expected an integer >= 8, got {size!r}")
    for name, c in (("contrast_a", contrast_a), ("contrast_b", contrast_b)):
        if not 0.0 <= c <= 1.0:
            raise StochNetError(f"{name}: expected a number in [0, 1], got {c!r}")
    verts, edges = _cube_geometry(int(size))
    hidden_in_a = ("B", "ll")
    hidden_in_b = ("F", "ur")
    img = np.zeros((int(size), int(size)))
    for p, q in edges:
        in_a = hidden_in_a not in (p, q)
        in_b = hidden_in_b not in (p, q)
        if kind == "A" and not in_a:
            continue
        if kind == "B" and not in_b:
            continue
        if kind == "ambiguous":
            value = 1.0 if (in_a and in_b) else (contrast_a if in_a else contrast_b)
        else:
            value = 1.0
        _draw(img, verts[p], verts[q], value)
    return img


def cube_training_set(n_per_class: int = 50, size: int = 16, flip_probability: float = 0.03,
                      max_shift: int = 1, seed=None):
    """Noisy, jittered copies of the two unambiguous drawings.

    Parameters
    ----------
    n_per_class : int
        Copies of each drawing.
    size : int
        Image side (see :func:`render_cube`).
    flip_probability : float in [0, 0.5)
        Each pixel is inverted with this probability.
    max_shift : int
        Each copy is rolled by up to this many pixels in x and y.
    seed : int, Generator or None

    Returns
    -------
    X : ndarray (2 n_per_class, size * size) with values in {0, 1}
    y : ndarray of int (0 = A, 1 = B)

    Examples
    --------
    >>> X, y = cube_training_set(3, 10, seed=0)
    >>> X.shape, y.tolist()
    ((6, 100), [0, 0, 0, 1, 1, 1])
    """
    if int(n_per_class) != n_per_class or n_per_class < 1:
        raise StochNetError(f"n_per_class: expected a positive integer, got {n_per_class!r}")
    if not 0.0 <= flip_probability < 0.5:
        raise StochNetError(f"flip_probability: expected a number in [0, 0.5), got {flip_probability!r}")
    rng = np.random.default_rng(seed)
    base = [render_cube("A", size), render_cube("B", size)]
    X, y = [], []
    for label in (0, 1):
        for _ in range(int(n_per_class)):
            dx, dy = rng.integers(-max_shift, max_shift + 1, size=2) if max_shift else (0, 0)
            img = np.roll(np.roll(base[label], int(dy), axis=0), int(dx), axis=1)
            flips = rng.random(img.shape) < flip_probability
            img = np.where(flips, 1.0 - img, img)
            X.append(img.ravel())
            y.append(label)
    return np.asarray(X), np.asarray(y)
