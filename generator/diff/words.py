"""A short word diff of two texts: which words went, which came, with a little context.

Changes closer than twice :data:`CONTEXT_WORDS` words form one hunk (difflib's
grouped opcodes), so a reader sees each changed passage once.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

#: Words of unchanged text shown on each side of a change.
CONTEXT_WORDS = 4
#: Longest run of words shown in full; longer runs are cut in the middle.
LONGEST_RUN = 24


@dataclass(frozen=True, slots=True)
class Hunk:
    """One changed passage: ``before`` and ``after`` with their context, and its pieces."""

    before: str
    after: str
    pieces: tuple[tuple[str, str], ...]  # ("equal" | "removed" | "added", words)

    def as_json(self) -> dict[str, str]:
        """The hunk as plain data: the passage before and after."""
        return {"before": self.before, "after": self.after}

    def markdown(self) -> str:
        """``“… shall be ~~absent~~ **empty** if …”``."""
        marks = {"equal": "{}", "removed": "~~{}~~", "added": "**{}**"}
        return "“" + " ".join(marks[kind].format(words) for kind, words in self.pieces) + "”"


def _cut(words: list[str]) -> str:
    if len(words) <= LONGEST_RUN:
        return " ".join(words)
    half = LONGEST_RUN // 2
    return " ".join([*words[:half], "…", *words[-half:]])


def word_hunks(before: str, after: str) -> tuple[Hunk, ...]:
    """The hunks that turn ``before`` into ``after``, compared word by word."""
    old, new = before.split(), after.split()
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    hunks = []
    for group in matcher.get_grouped_opcodes(CONTEXT_WORDS):
        pieces: list[tuple[str, str]] = []
        first, last = group[0], group[-1]
        if first[1] > 0:
            pieces.append(("equal", "…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                pieces.append(("equal", _cut(old[i1:i2])))
                continue
            if i2 > i1:
                pieces.append(("removed", _cut(old[i1:i2])))
            if j2 > j1:
                pieces.append(("added", _cut(new[j1:j2])))
        if last[2] < len(old):
            pieces.append(("equal", "…"))
        hunks.append(
            Hunk(
                before=" ".join(words for kind, words in pieces if kind != "added"),
                after=" ".join(words for kind, words in pieces if kind != "removed"),
                pieces=tuple(pieces),
            )
        )
    return tuple(hunks)


def markdown_word_diff(before: str, after: str, *, most: int = 3) -> str:
    """The hunks as Markdown (at most ``most``, then a count of the others)."""
    hunks = word_hunks(before, after)
    shown = [hunk.markdown() for hunk in hunks[:most]]
    if len(hunks) > most:
        shown.append(f"and {len(hunks) - most} more")
    return "; ".join(shown) or "white space only"
