"""What an attribute description says besides prose: its condition and context groups.

- The condition of a 1C/2C attribute is every sentence of its description that states
  a rule about its presence (PS3.3 Section 7.4: "Required if ...", "Shall (not) be
  present ...", "May (also) be present ...", "Mutually exclusive with ...", "...
  otherwise."), in order: the sentence that says when it is required (the first that
  starts with "Required if/for/when..." or else the first that speaks of being
  required or present) and every later sentence that starts with such a rule
  (8.8-1a Coding Scheme Version (0008,0103): "Required if ... Shall not be present
  if ... May be present otherwise."). A rule that does not end with a full stop goes
  on in the next paragraphs (C.7.6.16-3 Frame Acquisition DateTime (0018,9074):
  "Required if" then one line per SOP Class); one that ends with a colon takes the
  list items after it.
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
    r"\b[Rr]equired\b|\b[Ss]hall (?:only |not )?be present\b|\bpresent (?:if|when|only)\b"
    r"|\b[Mm]utually exclusive\b|\bare required\b"
)
_NOT_A_CONDITION = re.compile(r"^(?:See|Note)\b")
#: "Required if ...", not "Required Motion Observation Mode for movement." (10-28).
_REQUIRED = re.compile(r"^Required\b(?!\s+[A-Z][a-z])")
#: A sentence that states a rule about presence, as PS3.3 words them.
_RULE = re.compile(
    r"^(?:Required\b(?!\s+[A-Z][a-z])|Only required\b|Not required\b"
    r"|Shall (?:not |only |also )?be (?:present|included|sent)\b"
    r"|May (?:not |only |also |or may not )?be (?:present|included|sent)\b"
    r"|Mutually exclusive\b)"
)
_OTHERWISE = re.compile(
    r"^(?:May (?:or may not )?be present otherwise|Shall not be present otherwise|Otherwise\b)"
    r"|\botherwise\.?$",
    re.IGNORECASE,
)
#: A sentence that is complete: it ends with a full stop or a semicolon (before any
#: closing quote or parenthesis).
_CLOSED = re.compile(r"[.;!?][\"\u201d\u2019)\]]*$")


def description_text(cell: Cell) -> str:
    """The description's paragraphs joined by newlines (the same in both readers)."""
    return "\n".join(cell.paragraphs) if cell.paragraphs else cell.text


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut into sentences at ". " before a capital (not after "e.g.")."""
    return [part.strip() for part in _SENTENCE_END.split(paragraph) if part.strip()]


def _anchor(units: list[tuple[int, str]]) -> int | None:
    """The index of the sentence that says when the attribute is required."""
    candidates = [
        i
        for i, (_, sentence) in enumerate(units)
        if _CONDITION.search(sentence) and not _NOT_A_CONDITION.match(sentence)
    ]
    if not candidates:
        return None
    return next((i for i in candidates if _REQUIRED.match(units[i][1])), candidates[0])


#: The end of a sentence that the next paragraph goes on with ("Required if", "... is:",
#: "... Storage), and", "WHOLE BODY or").
_GOES_ON = re.compile(
    r"(?:[:,]|\b(?:if|and|or|is|are|not|of|the|to|when|where|that|either|in|with|for|than"
    r"|be|equals|has|contains|following))$"
)
#: The start of a paragraph that continues the sentence before it ("or SOP Class UID
#: ...", "\"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted Enhanced CT Image Storage)").
_CONTINUES = re.compile(r"^[a-z\"“(0-9]")


def _continued(
    units: list[tuple[int, str]],
    index: int,
    paragraphs: list[str],
    cell: Cell,
    found: list[str],
) -> int:
    """Append to ``found`` what completes its last sentence; the index after it.

    A sentence ending with a colon before list items takes those items. A sentence
    without a full stop that ends on a word that needs more ("if", "and", "is",
    a comma, a colon), or that the next paragraph visibly continues (lower case, a
    quoted UID), takes the next sentence, and so on; never a value list's title
    ("Defined Terms for Value 1:", C.23.3-1 3D Rendering Type (0072,0520)).
    """
    items = set(cell.items)
    titles = {v.title for v in cell.variablelists if v.title}
    while index < len(units) and not _CLOSED.search(found[-1]):
        number, following = units[index]
        if found[-1].endswith(":") and paragraphs[number] in items:
            while index < len(units) and paragraphs[units[index][0]] in items:
                found.append(units[index][1])
                index += 1
            break
        if paragraphs[number] in titles:
            break
        if not (_GOES_ON.search(found[-1]) or _CONTINUES.match(following)):
            break
        found.append(following)
        index += 1
    return index


def condition_text(cell: Cell) -> str | None:
    """The condition stated in a description (see the module docstring), or ``None``."""
    paragraphs = list(cell.paragraphs) or [cell.text]
    units = [(number, s) for number, p in enumerate(paragraphs) for s in sentences(p)]
    anchor = _anchor(units)
    if anchor is None:
        return None
    found: list[str] = []
    index, after = anchor, anchor
    while index < len(units):
        sentence = units[index][1]
        # later rules anywhere; "... otherwise." only right after a rule taken
        rule = _RULE.match(sentence) or (index == after and _OTHERWISE.search(sentence))
        if index == anchor or rule:
            found.append(sentence)
            index = after = _continued(units, index + 1, paragraphs, cell, found)
        else:
            index += 1
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
