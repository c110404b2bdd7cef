"""Normalization shared by both readers: whitespace, labels, link text, spans.

Both readers call only these functions to turn markup into strings, so that a
DocBook file and its chunked-HTML rendering normalize to equal values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from generator.readers.model import (
    Block,
    Cell,
    Document,
    ItemizedList,
    ListEntry,
    Paragraph,
    Section,
    Table,
    VariableList,
    XRef,
)

_ZERO_WIDTH = str.maketrans("", "", "\u200b\ufeff")

#: Opens and closes the place of a same-Part cross reference in a string until its
#: label is known (the end of a DocBook file, or once every HTML page was read).
PLACE_OPEN = "\ue000"
PLACE_CLOSE = "\ue001"
#: ``XRef.label`` of a same-Part reference whose label is not known yet.
PENDING = "\ue002"
#: Separates a placeholder's target from the ``xrefstyle`` it is rendered with.
PLACE_STYLE = "\ue003"
_PLACE = re.compile(
    f"{PLACE_OPEN}([^{PLACE_CLOSE}{PLACE_STYLE}]*)(?:{PLACE_STYLE}([^{PLACE_CLOSE}]*))?{PLACE_CLOSE}"
)

#: Id prefixes of targets whose link text the publisher generates (and which
#: therefore render canonically here); mapped to the word that precedes a label.
_KIND_WORDS: dict[str, str] = {
    "table": "Table",
    "figure": "Figure",
    "sect": "Section",
    "section": "Section",
    "chapter": "Chapter",
    "appendix": "Annex",
    "example": "Example",
    "equation": "Equation",
    "biblio": "",
    "glossentry": "",
}
_DOCUMENT = re.compile(r"PS3\.\d+")
_NUMBERED_KIND = re.compile(r"[A-Z]{2,4} \d")
_LABELISH_ID = re.compile(r"(?:[A-Z]{1,4}|\d+)(?:[.\-][0-9A-Za-z]+)*|[A-Z]{2,4} \d+[A-Za-z]?")
_LABEL_TOKEN = re.compile(r"(?=\S*\d)([A-Z0-9_][\w.\-]*)\s+(.*)")


def normalize(text: str) -> str:
    """Collapse whitespace runs (no-break spaces too) to one space, strip, drop U+200B."""
    return " ".join(text.translate(_ZERO_WIDTH).split())


def document_name(part: int) -> str:
    """``15`` -> ``"PS3.15"``."""
    return f"PS3.{part}"


def _kind(target: str) -> str | None:
    prefix, sep, _ = target.partition("_")
    if sep and prefix in _KIND_WORDS:
        return prefix
    return None


def is_generated(target: str) -> bool:
    """Whether the publisher generates link text for this kind of target.

    True for a whole document (``PS3.6``) and for chapters, sections, tables,
    figures, glossary and bibliography entries; false for codes (``DCM_110180``),
    paragraphs and anything else, whose links carry their own text.
    """
    return bool(_DOCUMENT.fullmatch(target)) or _kind(target) is not None


def label_from_id(target: str) -> str:
    """The label an id implies: ``sect_CID_400`` -> ``CID 400``, ``table_6-1`` -> ``6-1``.

    Ids without a known kind prefix (``DCM_110180``, ``PS3.6``) are their own label.
    """
    if _kind(target) is None:
        return target
    return target.partition("_")[2].replace("_", " ").strip()


def xref_text(target: str, label: str, title: str, document: str | None) -> str:
    """The canonical text of a generated cross reference (see ``model``)."""
    kind = _kind(target)
    if _DOCUMENT.fullmatch(target):
        text = target
    elif not label:
        text = f"“{title}”" if title else label_from_id(target)
    elif kind == "biblio":
        text = f"[{label}]"
    elif kind in ("sect", "section") and _NUMBERED_KIND.match(label):
        text = label
    elif kind == "chapter":
        text = f"{'Chapter' if label[:1].isdigit() else 'Annex'} {label}"
    elif kind is not None and _KIND_WORDS[kind]:
        text = f"{_KIND_WORDS[kind]} {label}"
    else:
        text = label
    if document is not None and text != document:
        text = f"{text} in {document}"
    return text


def place(target: str, style: str | None = None) -> str:
    """The placeholder of a same-Part reference's text, until labels are known.

    ``style`` is the DocBook ``xrefstyle`` the text is rendered with (see ``styled_text``).
    """
    if style:
        return f"{PLACE_OPEN}{target}{PLACE_STYLE}{normalize(style)}{PLACE_CLOSE}"
    return f"{PLACE_OPEN}{target}{PLACE_CLOSE}"


def styled_text(target: str, style: str | None, label: str, title: str) -> str:
    """The text of a same-Part ``xref`` as the publisher renders its ``xrefstyle``.

    The DICOM stylesheets (DocBook XSL 1.78.1) render, and the chunked HTML shows:

    - no style: ``xref_text`` (``Section C.8.8.13``, ``Table C.7-1``, ``[RFC 3986]``);
    - ``select:`` a list of words, each rendered and joined by a space: ``label``
      as ``xref_text`` (``Section C.8.8.13``), ``labelnumber`` as the bare label
      (``C.8.8.13``), ``title`` as the target's title (``RT Fraction Scheme
      Module``), ``quotedtitle`` as the title in curly quotes; other words
      (``nopage``, ``docname``...) show nothing in a same-Part reference;
    - ``template:`` a pattern where ``%n`` is the label and ``%t`` the title
      (``template:Annex %n`` -> ``Annex A``).

    Examples, PS3.3 2024c: "Required if <xref linkend="sect_C.8.8.13"
    xrefstyle="select: title"/> exists" reads "Required if RT Fraction Scheme
    Module exists"; ``select: label quotedtitle`` to ``table_10-11`` reads ``Table
    10-11 “SOP Instance Reference Macro Attributes”``.
    """
    canonical = xref_text(target, label, title, None)
    style = normalize(style or "")
    if style.startswith("template:"):
        return normalize(style[len("template:") :].replace("%n", label).replace("%t", title))
    if not style.startswith("select:"):
        return canonical
    words: list[str] = []
    for word in style[len("select:") :].split():
        if word == "label":
            words.append(canonical)
        elif word == "labelnumber":
            words.append(label or canonical)
        elif word == "title" and title:
            words.append(title)
        elif word == "quotedtitle" and title:
            words.append(f"“{title}”")
    return " ".join(words) if words else canonical


def split_label(text: str, element_id: str | None, word: str = "") -> tuple[str, str]:
    """Split a rendered heading or caption into ``(label, title)``.

    ``"C.7.1.1 Patient Module"`` -> ``("C.7.1.1", "Patient Module")``; with
    ``word="Table"``, ``"Table C.7-1. Patient Module Attributes"`` ->
    ``("C.7-1", "Patient Module Attributes")``. The label implied by the id is
    preferred (it may contain a space: ``CID 4410``); otherwise the first token
    is a label when it contains a digit; otherwise there is no label.
    """
    text = normalize(text)
    if word:
        if not text.startswith(word + " "):
            return "", text
        rest = text[len(word) + 1 :]
        candidate = label_from_id(element_id) if element_id else ""
        if candidate and (rest == candidate + "." or rest.startswith(candidate + ". ")):
            return candidate, rest[len(candidate) + 1 :].strip()
        label, dot, caption = rest.partition(". ")
        if dot:
            return label, caption.strip()
        return rest.rstrip("."), ""
    candidate = label_from_id(element_id) if element_id else ""
    if candidate and _LABELISH_ID.fullmatch(candidate) and text.startswith(candidate + " "):
        return candidate, text[len(candidate) + 1 :]
    match = _LABEL_TOKEN.fullmatch(text)
    if match:
        return match.group(1), match.group(2)
    return "", text


_C = TypeVar("_C")


#: How many grid positions a table's spans may fill per cell it declares, beyond a
#: floor: the tables of 2024b and 2024c fill at most 5 per cell, a span bomb millions.
SPAN_FILL_PER_CELL = 32
SPAN_FILL_FLOOR = 10_000


def expand_spans(rows: Sequence[Sequence[tuple[_C, int, int]]]) -> list[list[_C]]:
    """Lay out ``(cell, rowspan, colspan)`` rows on a grid, repeating spanned cells.

    A cell is placed at the first column its row has free, then fills
    ``colspan`` columns in ``rowspan`` rows. A rowspan does not leave ``rows`` (its
    row group): it is clipped there, as the HTML table model does (WHATWG HTML,
    4.9.12 "Processing model", and 2024c needs it: PS3.3 Table A.86.1-1 spans 8 rows
    of 5), so the work is bounded by the size of the table, whatever the span.
    Rows keep their own length: a ragged table stays ragged. Spans that would fill
    more than ``SPAN_FILL_PER_CELL`` positions per declared cell (beyond
    ``SPAN_FILL_FLOOR``) are a broken table: ``ValueError``, before the grid is built.
    """
    declared = sum(len(row) for row in rows)
    limit = SPAN_FILL_FLOOR + SPAN_FILL_PER_CELL * declared
    filled = 0
    for r, row in enumerate(rows):
        for _cell, rowspan, colspan in row:
            filled += max(colspan, 1) * min(max(rowspan, 1), len(rows) - r)
            if filled > limit:
                msg = (
                    f"its spans fill more than {limit} cells for the {declared} it declares "
                    f"(row {r + 1})"
                )
                raise ValueError(msg)
    carried: dict[tuple[int, int], _C] = {}
    grid: list[list[_C]] = []
    for r, row in enumerate(rows):
        out: list[_C] = []
        col = 0
        for cell, rowspan, colspan in row:
            while (r, col) in carried:
                out.append(carried.pop((r, col)))
                col += 1
            for c in range(col, col + max(colspan, 1)):
                out.append(cell)
                for dr in range(1, min(max(rowspan, 1), len(rows) - r)):
                    carried[(r + dr, c)] = cell
            col += max(colspan, 1)
        while (r, col) in carried:
            out.append(carried.pop((r, col)))
            col += 1
        grid.append(out)
    return grid


@dataclass(frozen=True, slots=True)
class Target:
    """What a same-Part link target contributes to its references."""

    label: str
    title: str


def document_targets(document: Document) -> dict[str, Target]:
    """What the sections and tables of a read document offer as link targets.

    An overlay fragment links sections of the Part it amends ("<xref
    linkend="sect_A.58" xrefstyle="select: title"/>" in Sup 243): its reader
    renders them from these.
    """
    targets = {s.id: Target(s.label, s.title) for s in document.sections.values()}
    targets.update((t.id, Target(t.label, t.caption)) for t in document.tables.values())
    return targets


class Resolver:
    """Fills in the labels and texts of same-Part references once all targets are known."""

    def __init__(self, targets: Mapping[str, Target]) -> None:
        self._targets = targets

    def _target(self, target: str) -> Target:
        found = self._targets.get(target)
        return found if found is not None else Target(label_from_id(target), "")

    def _render(self, match: re.Match[str]) -> str:
        target, style = match.group(1), match.group(2)
        found = self._target(target)
        title = found.title
        if PLACE_OPEN in title:
            title = _PLACE.sub(self._render_plain, title)
        return styled_text(target, style, found.label, title)

    def _render_plain(self, match: re.Match[str]) -> str:
        """A reference inside a target's title: rendered without looking further."""
        found = self._target(match.group(1))
        return styled_text(match.group(1), match.group(2), found.label, "")

    def text(self, value: str) -> str:
        """``value`` with every placeholder replaced by its reference's text."""
        if PLACE_OPEN not in value:
            return value
        # line by line: a cell's text keeps its paragraphs apart ("\n")
        return "\n".join(normalize(line) for line in _PLACE.sub(self._render, value).split("\n"))

    def texts(self, values: tuple[str, ...]) -> tuple[str, ...]:
        """Each of ``values`` resolved."""
        return tuple(self.text(v) for v in values)

    def xref(self, xref: XRef) -> XRef:
        """``xref`` with its label (and a generated ``shown`` text) filled in when pending."""
        if xref.label != PENDING:
            return xref
        shown = xref.shown
        if shown is not None and PLACE_OPEN in shown:
            shown = self.text(shown)
        return replace(xref, label=self._target(xref.target).label, shown=shown)

    def xrefs(self, xrefs: tuple[XRef, ...]) -> tuple[XRef, ...]:
        """Each of ``xrefs`` resolved."""
        return tuple(self.xref(x) for x in xrefs)

    @staticmethod
    def _pending(xrefs: tuple[XRef, ...]) -> bool:
        return any(x.label == PENDING for x in xrefs)

    def varlist(self, vl: VariableList) -> VariableList:
        """``vl`` resolved."""
        if not any(self._pending(e.xrefs) for e in vl.entries) and (
            vl.title is None or PLACE_OPEN not in vl.title
        ):
            return vl
        entries = tuple(
            ListEntry(self.text(e.term), self.texts(e.definition), self.xrefs(e.xrefs))
            for e in vl.entries
        )
        title = None if vl.title is None else self.text(vl.title)
        return replace(vl, title=title, entries=entries)

    def cell(self, cell: Cell) -> Cell:
        """``cell`` resolved (unchanged, and not copied, when it has nothing pending)."""
        if not self._pending(cell.xrefs):
            return cell
        return Cell(
            text=self.text(cell.text),
            paragraphs=self.texts(cell.paragraphs),
            items=self.texts(cell.items),
            xrefs=self.xrefs(cell.xrefs),
            italics=self.texts(cell.italics),
            variablelists=tuple(self.varlist(v) for v in cell.variablelists),
        )

    def table(self, table: Table) -> Table:
        """``table`` with every cell resolved."""

        def rows(group: tuple[tuple[Cell, ...], ...]) -> tuple[tuple[Cell, ...], ...]:
            return tuple(tuple(self.cell(c) for c in row) for row in group)

        return replace(
            table,
            caption=self.text(table.caption),
            header=rows(table.header),
            rows=rows(table.rows),
        )

    def block(self, block: Block) -> Block:
        """``block`` resolved."""
        if isinstance(block, Paragraph):
            if not self._pending(block.xrefs):
                return block
            return replace(block, text=self.text(block.text), xrefs=self.xrefs(block.xrefs))
        if isinstance(block, ItemizedList):
            if not self._pending(block.xrefs):
                return block
            title = None if block.title is None else self.text(block.title)
            return replace(
                block, items=self.texts(block.items), title=title, xrefs=self.xrefs(block.xrefs)
            )
        if isinstance(block, VariableList):
            return self.varlist(block)
        return block

    def section(self, section: Section) -> Section:
        """``section`` with its title and blocks resolved."""
        return replace(
            section,
            title=self.text(section.title),
            blocks=tuple(self.block(b) for b in section.blocks),
        )


def resolve_all(
    targets: Mapping[str, Target],
    sections: dict[str, Section],
    tables: dict[str, Table],
) -> tuple[dict[str, Section], dict[str, Table]]:
    """Resolve every pending reference of a document against ``targets``."""
    resolver = Resolver(targets)
    return (
        {k: resolver.section(v) for k, v in sections.items()},
        {k: resolver.table(v) for k, v in tables.items()},
    )
