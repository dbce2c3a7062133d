"""Items joined by pairwise matches fall into groups: the connected components of the match graph (scipy),
used for wire copies (:mod:`.clean.dedupe`) and for one quote across articles (:mod:`.corroborate.quotes`)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


def connected(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The groups of ``range(n)`` that ``pairs`` link, directly or through others: every index in exactly
    one group, each group in ascending order, groups ordered by their first index."""
    edges = np.array(list(pairs), dtype=np.int64).reshape(-1, 2)
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _count, labels = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return list(groups.values())
