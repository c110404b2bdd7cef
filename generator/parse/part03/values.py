"""Enumerated Values and Defined Terms of an attribute, per value index.

They come from three places, all read here:

- the description cell's variable lists ("Enumerated Values:", "Defined Terms for
  Value 3:", "Enumerated Values if Bits Stored = 8:");
- the attribute-description sections the cell links (C.7.3.1.1.1 Modality,
  C.8.35.1.1.1 Image Type): their variable lists; their "Value N ..." paragraphs,
  either inline ("Value 2 shall have a value of PRIMARY.") or pointing to a value
  table ("Value 3 ... Defined Terms specified in Table C.8.35.1.1.1-1."); their
  itemized lists whose items carry a flattened "Enumerated Values:" list (the
  readers flatten lists inside list items to text); the sections they link that
  are named after the attribute ("In addition to the requirements specified in
  Section C.8.16.1 Image Type and Frame Type ..."); for a section named after the
  attribute, its subsections; the row of the same attribute in a module table the
  section holds ("See Attribute Description in Section C.8.7.10");
- the cell itself: flattened lists in plain paragraphs, inline sentences ("Value 1
  shall be ORIGINAL or DERIVED"), value tables it links in a sentence about values
  ("For Defined Terms, see Table C.12.1.1.3.1.2-1"), and the attribute it is "the
  same as" ("Enumerated Values ... are the same as for Bounding Box Annotation Units
  (0070,0003)": that row of the same table, or that attribute's name in titles).

A linked section is read when its title names the attribute, or when the sentence
that links it speaks of Enumerated Values or Defined Terms; a linked section's
subsections named after the attribute are read too. A list whose title names
another attribute ("Defined Terms for Lossy Image Compression Method (0028,2114):")
is left to that attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ir.modules import Term, ValueKind, ValueSet
from generator.parse.columns import clean
from generator.parse.part03.rows import normal_tag
from generator.parse.part03.tables import normal
from generator.readers.model import (
    Cell,
    Document,
    ItemizedList,
    Paragraph,
    Table,
    TableRef,
    VariableList,
    XRef,
)

_TITLE = re.compile(
    r"^(?P<retired>Retired\s+)?(?:Value\s+(?P<before>\d+)\s+)?"
    r"(?P<kind>Enumerated Values?|Defined Terms?)(?P<rest>.*?)\s*:?\s*$",
    re.IGNORECASE,
)
_FOR_VALUE = re.compile(r"\s*\bfor Value\s+(?P<index>\d+)\b", re.IGNORECASE)
# "Enumerated Values for Bit 0 (lsb):" of Region Flags (0018,6016), C.8.5.5.1.3: the
# meanings of the bits of a bit field, not values of the attribute.
_FOR_BITS = re.compile(r"^for Bits?\s+\d", re.IGNORECASE)
_TAG_IN_TEXT = re.compile(r"\(([0-9A-Fa-fx]{4}),([0-9A-Fa-fx]{4})\)")
_VALUE_INDEX = re.compile(r"\bValue\s+(\d+)\b")
_MENTIONS_VALUES = re.compile(r"Enumerated Values?|Defined Terms?", re.IGNORECASE)
_TERM = r"[A-Z0-9][A-Z0-9_]*"
_INLINE = re.compile(
    r"\bValue\s+(?P<index>\d+)(?:\s+\([^)]*\))?\s+shall\s+(?:have\s+(?:a|the)\s+value\s+of|be|"
    r"have\s+the\s+value|contain(?:\s+the\s+value)?)\s+"
    rf"(?P<values>{_TERM}(?:(?:\s*,\s*(?:or\s+)?|\s+or\s+){_TERM})*)(?=[\s.,;]|$)"
    r"(?:\s+(?P<condition>(?:when|if|unless)\b[^.;]*))?"
)
_TERM_LINE = re.compile(r"^[A-Z0-9][A-Z0-9_ ./\-]*$")
MAX_SECTION_DEPTH = 3


@dataclass(frozen=True, slots=True)
class Title:
    """What the title of a value list says: kind, index, condition, retired."""

    kind: ValueKind
    index: int | None
    condition: str | None
    retired: bool


def _kind(text: str) -> ValueKind:
    return ValueKind.ENUMERATED if text.lower().startswith("enumerated") else ValueKind.DEFINED


def _tags(text: str) -> set[str]:
    return {
        f"({group.upper().replace('X', 'x')},{element.upper().replace('X', 'x')})"
        for group, element in _TAG_IN_TEXT.findall(text)
    }


_QUALIFIER = re.compile(r"\s(?:when|if|unless|where)\s", re.IGNORECASE)


def _subject(rest: str) -> str:
    """The attribute a title's list is for, without its qualifier.

    "for Samples per Pixel (0028,0002) when Photometric Interpretation (0028,0004) is
    MONOCHROME2" (PS3.3 C.8.12.4.1.5) is a list of Samples per Pixel: the tag after
    "when" names the condition, not the attribute.
    """
    qualifier = _QUALIFIER.search(rest)
    return rest[: qualifier.start()] if qualifier else rest


def parse_title(title: str | None, tag: str) -> Title | None:
    """A value list's title, or ``None`` when it is no value list or is for another tag."""
    match = _TITLE.match(clean(title or ""))
    if not match:
        return None
    rest = match.group("rest")
    index = int(match.group("before")) if match.group("before") else None
    for_value = _FOR_VALUE.search(rest)
    if for_value:
        index = int(for_value.group("index"))
        rest = rest[: for_value.start()] + rest[for_value.end() :]
    rest = " ".join(rest.split())
    if (
        rest.lower().startswith(("for ", "of "))
        and (tags := _tags(_subject(rest)))
        and (tag not in tags)
    ):
        return None
    if _FOR_BITS.match(rest):
        return None
    return Title(
        kind=_kind(match.group("kind")),
        index=index,
        condition=rest or None,
        retired=bool(match.group("retired")),
    )


def _meaning(parts: tuple[str, ...] | list[str]) -> str:
    return " ".join(" ".join(parts).split())


@dataclass(slots=True)
class Found:
    """Value sets found for one attribute, deduplicated in order."""

    sets: list[ValueSet] = field(default_factory=list)

    def add(self, value_set: ValueSet) -> None:
        if not value_set.terms:
            return
        key = (value_set.kind, value_set.value_index, value_set.condition, value_set.values)
        for known in self.sets:
            if (known.kind, known.value_index, known.condition, known.values) == key:
                return
        self.sets.append(value_set)

    def extend(self, sets: list[ValueSet]) -> None:
        for value_set in sets:
            self.add(value_set)


def from_variable_list(
    vlist: VariableList, tag: str, source: str, index_hint: int | None = None
) -> ValueSet | None:
    """A value set from a variable list with a value-list title, else ``None``."""
    if vlist.note:
        return None
    title = parse_title(vlist.title, tag)
    if title is None:
        return None
    terms = tuple(
        Term(value=entry.term, meaning=_meaning(entry.definition), retired=title.retired)
        for entry in vlist.entries
        if entry.term
    )
    return ValueSet(
        kind=title.kind,
        value_index=title.index if title.index is not None else index_hint,
        terms=terms,
        condition=title.condition,
        source=source,
    )


def inline_sets(text: str, source: str) -> list[ValueSet]:
    """``Value 2 shall have a value of PRIMARY.`` -> an Enumerated Values set for index 2."""
    found = []
    for match in _INLINE.finditer(text):
        values = re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", match.group("values"))
        found.append(
            ValueSet(
                kind=ValueKind.ENUMERATED,
                value_index=int(match.group("index")),
                terms=tuple(Term(value=value) for value in values if value),
                condition=match.group("condition"),
                source=source,
            )
        )
    return found


def _title_line(line: str, tag: str) -> Title | None:
    """A flattened list's title line ("Enumerated Values:", "Enumerated Values")."""
    if line.endswith(":") or re.fullmatch(r"(?i)(?:Enumerated Values?|Defined Terms?)", line):
        return parse_title(line, tag)
    return None


def flattened_sets(text: str, tag: str, source: str) -> list[ValueSet]:
    """Value lists flattened to lines: "Value 1 shall ...\nEnumerated Values:\nORIGINAL\n...".

    The readers flatten a variable list inside a list item (and a few cells hold
    such lists as plain paragraphs). A term is an upper-case line; the lines after
    it, up to the next term, are its meaning. A first line "Value N ..." gives the
    index; a first line ending in a colon ("If View Code Sequence ... indicates a
    short axis view ...:") gives the condition.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return []
    first = _VALUE_INDEX.search(lines[0])
    index_hint = int(first.group(1)) if first and lines[0].startswith("Value") else None
    lead = None
    if lines[0].endswith(":") and index_hint is None and _title_line(lines[0], tag) is None:
        lead = lines[0].rstrip(":")
    found: list[ValueSet] = []
    position = 0
    while position < len(lines):
        title = _title_line(lines[position], tag)
        position += 1
        if title is None:
            continue
        terms: list[Term] = []
        meaning: list[str] = []
        while position < len(lines) and _title_line(lines[position], tag) is None:
            line = lines[position]
            if _TERM_LINE.match(line):
                if terms:
                    terms[-1] = terms[-1].model_copy(update={"meaning": _meaning(meaning)})
                terms.append(Term(value=line, retired=title.retired))
                meaning = []
            elif terms:
                meaning.append(line)
            else:
                break
            position += 1
        if terms:
            terms[-1] = terms[-1].model_copy(update={"meaning": _meaning(meaning)})
        found.append(
            ValueSet(
                kind=title.kind,
                value_index=title.index if title.index is not None else index_hint,
                terms=tuple(terms),
                condition=title.condition or lead,
                source=source,
            )
        )
    return found


_TERM_HEADER = re.compile(r"\b(?:defined terms?|enumerated values?|values?|terms?)\b")


def from_value_table(
    table: Table, kind: ValueKind | None, index: int | None, names: tuple[str, ...] = ()
) -> ValueSet | None:
    """A value table as a value set: its term column, and the column after it as meaning.

    The term column is the first whose header speaks of values or terms ("Defined
    Term Name", "Enumerated Value", "Defined Term"), or the first column of a table
    without a header. A table with a header and no such column is no value table,
    unless a column is headed by the attribute's name: a table of allowed
    combinations (Table C.8-82), whose column gives that attribute's values. The kind
    comes from the header, else from ``kind`` (what the text around the table says).
    """
    headers = [normal(cell.text) for cell in table.header[-1]] if table.header else []
    wanted = {normal(name) for name in names}
    named = next((i for i, text in enumerate(headers) if text in wanted), None)
    if named is not None and kind is not None:
        return _combination_column(table, named, kind, index)
    column = next((i for i, text in enumerate(headers) if _TERM_HEADER.search(text)), None)
    if headers and column is None:
        return None
    column = column or 0
    header = headers[column] if headers else ""
    if "enumerated" in header:
        kind = ValueKind.ENUMERATED
    elif "defined" in header:
        kind = ValueKind.DEFINED
    if kind is None:
        return None
    terms: list[Term] = []
    for row in table.rows:
        if len(row) <= column:
            continue
        value = clean(row[column].text)
        if not value or not _TERM_LINE.match(value):
            continue
        meaning = clean(row[column + 1].text) if len(row) > column + 1 else ""
        if all(term.value != value for term in terms):  # spanning cells repeat a term
            terms.append(Term(value=value, meaning=meaning))
    if not terms:
        return None
    return ValueSet(kind=kind, value_index=index, terms=tuple(terms), source=table.id)


def _combination_column(
    table: Table, column: int, kind: ValueKind, index: int | None
) -> ValueSet | None:
    values: list[str] = []
    for row in table.rows:
        if len(row) <= column:
            continue
        for value in re.split(r"\s*,\s*|\s+or\s+", clean(row[column].text)):
            if value and _TERM_LINE.match(value) and value not in values:
                values.append(value)
    if not values:
        return None
    return ValueSet(
        kind=kind,
        value_index=index,
        terms=tuple(Term(value=value) for value in values),
        condition=f"in the combinations of {table.id}",
        source=table.id,
    )


_SAME_AS = re.compile(
    r"\bsame as (?:those |that )?(?:for |of )?(?:the (?:\w+ )?values? of )?"
    r"(?P<name>[A-Z][\w/\- ]*?) \((?P<tag>[0-9A-Fa-f]{4},[0-9A-Fa-f]{4})\)"
)


@dataclass(frozen=True, slots=True)
class Target:
    """The attribute values are read for: its names and tags, with those it is "same as"."""

    names: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def tag(self) -> str:
        return self.tags[0]


def _has_tag_column(table: Table) -> bool:
    return bool(table.header) and any(normal(c.text) == "tag" for c in table.header[-1])


class ValueReader:
    """Reads value sets for attributes, following links into the document (cached)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._sections: dict[tuple[str, Target], list[ValueSet]] = {}
        self._children: dict[str, list[str]] = {}
        for section in document.sections.values():
            if section.parent_id is not None:
                self._children.setdefault(section.parent_id, []).append(section.id)

    def read(
        self,
        cell: Cell,
        name: str,
        tag: str,
        source: str,
        table: Table | None = None,
        depth: int = 0,
    ) -> list[ValueSet]:
        """All value sets of one attribute row (``table``: the table holding the row).

        ``depth`` counts the rows already followed to get here (another row of the same
        attribute, a "same as" row); links are not followed beyond ``MAX_SECTION_DEPTH``.
        """
        text = "\n".join(cell.paragraphs)
        aliases = [
            (m.group("name").strip(), m.group("tag").upper()) for m in _SAME_AS.finditer(text)
        ]
        target = Target(
            names=(name, *(alias for alias, _ in aliases)),
            tags=(tag, *(f"({other})" for _, other in aliases)),
        )
        found = Found()
        for vlist in cell.variablelists:
            value_set = _for_target(vlist, target, source)
            if value_set is not None:
                found.add(value_set)
        if not cell.variablelists:
            found.extend(flattened_sets(text, tag, source))
        for paragraph in cell.paragraphs:
            found.extend(inline_sets(paragraph, source))
        if depth >= MAX_SECTION_DEPTH:
            return found.sets
        if table is not None:
            for other in target.tags[1:]:
                row_cell = _row_cell(table, other)
                if row_cell is not None:
                    found.extend(self.read(row_cell, name, other, source, depth=depth + 1))
        # Enumerated Values the cell states for every case win over those a linked
        # section or table states for every case: Volumetric Properties (0008,9206) is
        # VOLUME only in PS3.3 Tables C.8.12.4-1 and C.8.35.2-1, though the C.8.16.2.1.2
        # they cite lists VOLUME, SAMPLED, DISTORTED and MIXED. Defined Terms may be
        # extended, and a conditional list qualifies the cell's: both are kept.
        stated = {v.value_index for v in found.sets if _closed_for_all(v)}

        def linked(sets: list[ValueSet]) -> list[ValueSet]:
            return [v for v in sets if not (_closed_for_all(v) and v.value_index in stated)]

        for xref in cell.xrefs:
            if xref.document is not None:
                continue
            if xref.target in self.document.sections:
                section = self.document.sections[xref.target]
                if self._names(section.title, target) or _linked_for_values(cell, xref):
                    found.extend(linked(self.section(xref.target, target)))
                for child in self._children.get(xref.target, []):
                    if self._names(self.document.sections[child].title, target):
                        found.extend(linked(self.section(child, target)))
            elif xref.target in self.document.tables and _linked_for_values(cell, xref):
                value_table = self.document.tables[xref.target]
                found.extend(linked(self._table(value_table, target, source, depth + 1)))
        return found.sets

    def _table(self, table: Table, target: Target, source: str, depth: int) -> list[ValueSet]:
        """Values from a linked table: a value table, or the same attribute's row."""
        if not _has_tag_column(table):
            value_set = from_value_table(table, None, None, target.names)
            return [value_set] if value_set is not None else []
        for tag in target.tags:
            row_cell = _row_cell(table, tag)
            if row_cell is not None:
                return self.read(row_cell, target.names[0], tag, source, depth=depth)
        return []

    def _names(self, title: str, target: Target) -> bool:
        return any(_names_attribute(title, name) for name in target.names)

    def section(self, section_id: str, target: Target, depth: int = 0) -> list[ValueSet]:
        """Value sets of a section (and what it builds on), for the target attribute."""
        key = (section_id, target)
        if key in self._sections:
            return self._sections[key]
        self._sections[key] = []  # guards against sections that link each other
        found = Found()
        section = self.document.sections[section_id]
        self._read_blocks(section_id, target, found, depth)
        if depth < MAX_SECTION_DEPTH and self._names(section.title, target):
            for child in self._children.get(section_id, []):
                found.extend(self.section(child, target, depth + 1))
        self._sections[key] = found.sets
        return found.sets

    def _read_blocks(self, section_id: str, target: Target, found: Found, depth: int) -> None:
        section = self.document.sections[section_id]
        index_hint: int | None = None
        kind_hint: ValueKind | None = None
        read_tables: set[str] = set()
        for block in section.blocks:
            if isinstance(block, Paragraph):
                if block.note:
                    continue
                indexes = set(_VALUE_INDEX.findall(block.text))
                index_hint = int(indexes.pop()) if len(indexes) == 1 else None
                mention = _MENTIONS_VALUES.search(block.text)
                kind_hint = _kind(mention.group(0)) if mention else None
                found.extend(inline_sets(block.text, section_id))
                for xref in block.xrefs:
                    if xref.document is not None or xref.target == section_id:
                        continue
                    table = self.document.tables.get(xref.target)
                    if table is not None and not _has_tag_column(table):
                        value_set = from_value_table(table, kind_hint, index_hint, target.names)
                        if value_set is not None:
                            found.add(value_set)
                            read_tables.add(xref.target)
                    elif (
                        depth < MAX_SECTION_DEPTH
                        and xref.target in self.document.sections
                        and self._names(self.document.sections[xref.target].title, target)
                    ):
                        found.extend(self.section(xref.target, target, depth + 1))
            elif isinstance(block, VariableList):
                value_set = _for_target(block, target, section_id, index_hint)
                if value_set is not None:
                    found.add(value_set)
            elif isinstance(block, ItemizedList):
                if block.note:
                    continue
                for item in block.items:
                    found.extend(flattened_sets(item, target.tag, section_id))
                    found.extend(inline_sets(item, section_id))
            elif isinstance(block, TableRef) and block.table_id not in read_tables:
                table = self.document.tables.get(block.table_id)
                if table is None:
                    continue
                if _has_tag_column(table):
                    for tag in target.tags:
                        row_cell = _row_cell(table, tag)
                        if row_cell is not None:
                            found.extend(
                                self.read(
                                    row_cell,
                                    target.names[0],
                                    tag,
                                    block.table_id,
                                    depth=MAX_SECTION_DEPTH - 1,
                                )
                            )
                            break
                    continue
                value_set = from_value_table(table, kind_hint, index_hint, target.names)
                if value_set is not None:
                    found.add(value_set)
                    read_tables.add(block.table_id)


def _closed_for_all(value_set: ValueSet) -> bool:
    """Enumerated Values without a condition."""
    return value_set.kind is ValueKind.ENUMERATED and value_set.condition is None


def _for_target(
    vlist: VariableList, target: Target, source: str, index_hint: int | None = None
) -> ValueSet | None:
    for tag in target.tags:
        value_set = from_variable_list(vlist, tag, source, index_hint)
        if value_set is not None:
            return value_set
    return None


def _row_cell(table: Table, tag: str) -> Cell | None:
    """The description cell (last column) of the row of ``table`` with this tag."""
    for row in table.rows:
        if len(row) > 1 and normal_tag(row[1].text) == tag:
            return row[-1]
    return None


def _names_attribute(title: str, name: str) -> bool:
    title_words, name_words = normal(title), normal(name)
    if not title_words or not name_words:
        return False
    return name_words == title_words or f" {name_words} " in f" {title_words} "


def _linked_for_values(cell: Cell, xref: XRef) -> bool:
    """Whether the sentence holding the link (its text as shown, or its label) speaks of values."""
    marks = [m for m in (xref.shown, xref.label) if m]
    for paragraph in cell.paragraphs:
        for sentence in re.split(r"(?<=\.)\s+", paragraph):
            if any(m in sentence for m in marks) and _MENTIONS_VALUES.search(sentence):
                return True
    return False
