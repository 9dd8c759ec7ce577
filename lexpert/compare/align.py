"""Monotone alignment of the units of two versions.

Sure pairs are fixed first: the same structural key (point 5 of chapter 2 of the
appendix) or the same numeric anchors found in no other unit, when the content does
not contradict it; the longest chain of them monotone in both versions is kept
(O(n log n)).  The stretches between them — preambles, unnumbered paragraphs,
renumbered points — are aligned by dynamic programming on content anchors and length,
inside a band when long, so a 1,000-unit act stays fast.
"""

from __future__ import annotations

import bisect

from lexpert.compare.units import CompUnit

Pair = tuple[int | None, int | None]
_BAND = 60  # cells either side of the diagonal in a long unanchored stretch
_ANCHOR_SIM = 0.45
_MATCH_MIN = 0.55
_UNNUMBERED = ("paragraph", "preamble", "title", "part")
_KEY = 1.0  # same structural number
_KEY_CONTRADICTED = 0.3  # same number, but anchors disjoint: a renumbered neighbour may fit better


def similarity(a: CompUnit, b: CompUnit) -> float:
    """0..1: shared anchors and bodies, and comparable length."""
    sa, sb = a.features.signature, b.features.signature
    if sa and sb:
        content = len(sa & sb) / len(sa | sb)
    elif sa or sb:
        content = 0.2
    else:
        content = 0.5
    small, large = sorted((max(a.size, 1), max(b.size, 1)))
    return 0.6 * content + 0.4 * small / large


def _score(a: CompUnit, b: CompUnit) -> float | None:
    """Score of pairing ``a`` with ``b`` in the DP, or ``None`` when they cannot pair."""
    same_kind = a.kind == b.kind or (a.kind in _UNNUMBERED and b.kind in _UNNUMBERED)
    if not same_kind:
        return None
    score = similarity(a, b)
    if a.key is not None and a.key == b.key:
        score += _KEY_CONTRADICTED if _contradict(a, b) else _KEY
    return score if score >= _MATCH_MIN else None


def _contradict(a: CompUnit, b: CompUnit) -> bool:
    """Both units have numeric anchors and share none: perhaps a renumbered neighbour fits better."""
    sa, sb = a.features.numeric_signature, b.features.numeric_signature
    return bool(sa) and bool(sb) and not sa & sb


def align(kk: list[CompUnit], ru: list[CompUnit]) -> list[Pair]:
    """Pairs of indices in document order; ``None`` marks a unit present in one version only."""
    fixed = _fixed_pairs(kk, ru)
    pairs: list[Pair] = []
    prev_i = prev_j = -1
    for i, j in [*fixed, (len(kk), len(ru))]:
        pairs.extend(_align_gap(kk, ru, prev_i + 1, i, prev_j + 1, j))
        if i < len(kk):
            pairs.append((i, j))
        prev_i, prev_j = i, j
    return pairs


def _fixed_pairs(kk: list[CompUnit], ru: list[CompUnit]) -> list[tuple[int, int]]:
    """Sure pairs, as the longest chain monotone in both versions.

    A pair is sure when both units have the same structural key, or the same numeric
    anchors that no other unit has, and their content agrees.
    """
    candidates = set()
    for get in (lambda u: u.key, lambda u: (u.kind, u.features.numeric_signature) if u.features.numeric_signature else None):
        kk_index, ru_index = _unique(kk, get), _unique(ru, get)
        for value, i in kk_index.items():
            j = ru_index.get(value)
            if j is not None and similarity(kk[i], ru[j]) >= _ANCHOR_SIM and not _contradict(kk[i], ru[j]):
                candidates.add((i, j))
    # Sorted by i, then j descending: a strictly increasing chain in j takes one pair per unit.
    return _longest_increasing(sorted(candidates, key=lambda p: (p[0], -p[1])))


def _unique(units: list[CompUnit], get) -> dict:
    """value -> index for values that exactly one unit has."""
    seen: dict = {}
    for index, unit in enumerate(units):
        value = get(unit)
        if value is not None:
            seen[value] = None if value in seen else index
    return {value: index for value, index in seen.items() if index is not None}


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain with strictly increasing second coordinates (``pairs`` ordered by the first)."""
    tails: list[int] = []
    tail_idx: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(n)
        else:
            tails[pos] = j
            tail_idx[pos] = n
        back[n] = tail_idx[pos - 1] if pos else -1
    chain: list[tuple[int, int]] = []
    n = tail_idx[-1] if tail_idx else -1
    while n != -1:
        chain.append(pairs[n])
        n = back[n]
    return chain[::-1]


def _align_gap(kk: list[CompUnit], ru: list[CompUnit], i0: int, i1: int, j0: int, j1: int) -> list[Pair]:
    """Needleman-Wunsch (gap cost 0) over kk[i0:i1] x ru[j0:j1], banded when long."""
    n, m = i1 - i0, j1 - j0
    if n == 0 or m == 0:
        return [(i, None) for i in range(i0, i1)] + [(None, j) for j in range(j0, j1)]
    band = max(_BAND, abs(n - m) + _BAND) if n * m > 40_000 else max(n, m)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]  # 0 diag, 1 skip kk, 2 skip ru
    for a in range(n + 1):
        centre = a * m // n
        for b in range(m + 1):
            if a == 0 and b == 0:
                continue
            if abs(b - centre) > band:
                best[a][b] = float("-inf")
                continue
            options = []
            if a and b and best[a - 1][b - 1] != float("-inf"):
                score = _score(kk[i0 + a - 1], ru[j0 + b - 1])
                if score is not None:
                    options.append((best[a - 1][b - 1] + score, 0))
            if a:
                options.append((best[a - 1][b], 1))
            if b:
                options.append((best[a][b - 1], 2))
            best[a][b], move[a][b] = max(options, key=lambda o: (o[0], -o[1]))
    out: list[Pair] = []
    a, b = n, m
    while a or b:
        step = move[a][b]
        if a and b and step == 0:
            out.append((i0 + a - 1, j0 + b - 1))
            a, b = a - 1, b - 1
        elif a and (step == 1 or not b):
            out.append((i0 + a - 1, None))
            a -= 1
        else:
            out.append((None, j0 + b - 1))
            b -= 1
    return out[::-1]
