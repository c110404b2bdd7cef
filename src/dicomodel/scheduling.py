"""Files to worker processes, grouped by SOP class, results back in the files' order.

A worker's first file of an IOD pays for that IOD's classes (imports, schemas,
plans: about a tenth of a second to a second each), once per process. Handing
files out in any order makes every worker pay for every IOD; here the files are
sorted by the SOP class their file meta names (read from the first bytes of the
file, :func:`sop_class_of`), the sorted list is cut into one run per worker, and
each worker takes chunks from the front of its own run. A worker whose run is
done takes chunks from the back of the longest run left, so the workers stay
busy to the end and an IOD is shared by two workers only where runs meet.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["in_workers", "sop_class_of"]

R = TypeVar("R")

PREAMBLE = 128
MEDIA_STORAGE_SOP_CLASS_UID = 0x00020002
# VRs with a 4-byte length after two reserved bytes (PS3.5 7.1.2)
_LONG_VRS = frozenset(
    {b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN", b"UR", b"UT", b"UV"}
)
SNIFF = 4096


def sop_class_of(path: str) -> str:
    """The Media Storage SOP Class UID (0002,0002) of a Part 10 file, from its File
    Meta Information (explicit VR little endian, PS3.10 7.1); ``""`` when the file
    has none or cannot be read. Only a hint for grouping: nothing is decided on it."""
    try:
        with open(path, "rb") as file:
            head = file.read(SNIFF)
    except OSError:
        return ""
    if head[PREAMBLE : PREAMBLE + 4] != b"DICM":
        return ""
    position = PREAMBLE + 4
    while position + 8 <= len(head):
        group, element = struct.unpack_from("<HH", head, position)
        if group != 0x0002:
            return ""
        vr = head[position + 4 : position + 6]
        if vr in _LONG_VRS:
            if position + 12 > len(head):
                return ""
            (length,) = struct.unpack_from("<L", head, position + 8)
            start = position + 12
        else:
            (length,) = struct.unpack_from("<H", head, position + 6)
            start = position + 8
        if (group << 16 | element) == MEDIA_STORAGE_SOP_CLASS_UID:
            return head[start : start + length].decode("ascii", "replace").rstrip("\x00 ")
        position = start + length
    return ""


@dataclass(slots=True)
class _Run:
    """A worker's share of the sorted files: indexes ``start`` to ``stop`` (excluded)."""

    start: int
    stop: int

    def __len__(self) -> int:
        return self.stop - self.start


def _runs(count: int, workers: int) -> list[_Run]:
    bounds = [count * k // workers for k in range(workers + 1)]
    return [_Run(bounds[k], bounds[k + 1]) for k in range(workers)]


def in_workers(
    task: Callable[[str], R],
    files: Sequence[str],
    workers: int,
    chunk: int,
) -> Iterator[R]:
    """``task(file)`` for each of ``files`` in ``workers`` processes, yielded in the
    order of ``files`` (see the module docstring for who gets which file)."""
    order = sorted(range(len(files)), key=lambda index: (sop_class_of(files[index]), index))
    runs = _runs(len(order), workers)
    pools = [ProcessPoolExecutor(max_workers=1) for _ in range(workers)]
    pending: dict[Future[list[R]], tuple[int, list[int]]] = {}
    done: dict[int, R] = {}
    emitted = 0

    def next_indexes(worker: int) -> list[int]:
        own = runs[worker]
        if own:
            taken = order[own.start : min(own.start + chunk, own.stop)]
            own.start += len(taken)
            return taken
        longest = max(runs, key=len)
        if not longest:
            return []
        size = min(chunk, max(1, len(longest) // 2))
        taken = order[longest.stop - size : longest.stop]
        longest.stop -= size
        return taken

    def submit(worker: int) -> None:
        indexes = next_indexes(worker)
        if indexes:
            future = pools[worker].submit(_run_all, task, [files[i] for i in indexes])
            pending[future] = (worker, indexes)

    try:
        for worker in range(workers):
            for _ in range(2):  # one chunk in hand, one waiting: no idle gap between them
                submit(worker)
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                worker, indexes = pending.pop(future)
                done.update(zip(indexes, future.result(), strict=True))
                submit(worker)
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1
    finally:
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)


def _run_all(task: Callable[[str], R], files: list[str]) -> list[R]:
    return [task(file) for file in files]
