"""What an attribute description says besides prose: its condition and context groups.

- The condition of a 1C/2C attribute is the sentence of its description that says
  when it is required ("Required if ...", "Shall be present if ...", "Required for
  ...", "Mutually exclusive with ..."), with a following "May be present
  otherwise." and, when the sentence ends with a colon, the list items after it.
- Context group constraints are ``BCID 7150`` / ``DCID 244`` / ``ECID 12`` (the
  2016 and later phrasing) or ``Baseline CID 5002`` / ``Defined CID is 9566`` /
  ``Defined Context Group DCID 7031`` (older phrasing), each with its number.
"""

from __future__ import annotations

import re

from generator.ir.modules import ContextGroupConstraint, ContextGroupKind
from generator.readers.model import Cell

# A sentence ends at ". " before a capital letter or an opening quote/parenthesis.
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[A-Z(\"“])")
_CONDITION = re.compile(
    r"\b[Rr]equired\b|\b[Ss]hall (?:only )?be present\b|\bpresent (?:if|when|only)\b"
    r"|\b[Mm]utually exclusive\b|\bare required\b"
)
_NOT_A_CONDITION = re.compile(r"^(?:See|Note)\b")
_OTHERWISE = re.compile(
    r"^(?:May (?:or may not )?be present otherwise|Shall not be present otherwise|Otherwise\b)"
    r"|\botherwise\.?$",
    re.IGNORECASE,
)


def description_text(cell: Cell) -> str:
    """The description's paragraphs joined by newlines (the same in both readers)."""
    return "\n".join(cell.paragraphs) if cell.paragraphs else cell.text


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut into sentences at ". " before a capital (not after "e.g.")."""
    return [part.strip() for part in _SENTENCE_END.split(paragraph) if part.strip()]


def condition_text(cell: Cell) -> str | None:
    """The condition stated in a description, or ``None``."""
    paragraphs = list(cell.paragraphs) or [cell.text]
    items = set(cell.items)
    candidates: list[tuple[int, int, list[str]]] = []
    for number, paragraph in enumerate(paragraphs):
        parts = sentences(paragraph)
        for index, sentence in enumerate(parts):
            if _CONDITION.search(sentence) and not _NOT_A_CONDITION.match(sentence):
                candidates.append((number, index, parts))
    if not candidates:
        return None
    # Prefer a sentence that starts with "Required".
    number, index, parts = next(
        (c for c in candidates if c[2][c[1]].startswith("Required")), candidates[0]
    )
    found = [parts[index]]
    for following in parts[index + 1 :]:
        if not _OTHERWISE.search(following):
            break
        found.append(following)
    if found[-1].endswith(":"):
        for paragraph in paragraphs[number + 1 :]:
            if paragraph not in items:
                break
            found.append(paragraph)
    else:
        next_paragraph = paragraphs[number + 1] if number + 1 < len(paragraphs) else ""
        if (
            index == len(parts) - 1
            and next_paragraph
            and _OTHERWISE.search(sentences(next_paragraph)[0])
        ):
            found.append(sentences(next_paragraph)[0])
    return " ".join(found)


_CID_PATTERNS = (
    re.compile(r"\b(?P<kind>[BDE])CID\s*(?P<cid>\d+)"),
    re.compile(
        r"\b(?P<kind>Baseline|Defined|Enumerated)\s+(?:CID|Context ID|Context Group)"
        r"(?:\s+(?:is|for [^.]*? is))?\s+(?:CID\s*)?(?P<cid>\d+)"
    ),
)
_KINDS = {
    "B": ContextGroupKind.BASELINE,
    "D": ContextGroupKind.DEFINED,
    "E": ContextGroupKind.ENUMERATED,
    "Baseline": ContextGroupKind.BASELINE,
    "Defined": ContextGroupKind.DEFINED,
    "Enumerated": ContextGroupKind.ENUMERATED,
}


def cid_constraints(text: str) -> tuple[ContextGroupConstraint, ...]:
    """Every context group constraint stated in ``text``, in order, without repeats."""
    found: dict[tuple[ContextGroupKind, int], ContextGroupConstraint] = {}
    for paragraph in text.split("\n"):
        for sentence in sentences(paragraph):
            hits: list[tuple[int, ContextGroupKind, int]] = []
            for pattern in _CID_PATTERNS:
                for match in pattern.finditer(sentence):
                    hits.append(
                        (match.start(), _KINDS[match.group("kind")], int(match.group("cid")))
                    )
            for _, kind, cid in sorted(hits):
                found.setdefault(
                    (kind, cid), ContextGroupConstraint(kind=kind, cid=cid, text=sentence)
                )
    return tuple(found.values())
