"""The walk shared by both readers: markup elements -> paragraphs, lists, tables.

A reader supplies a ``Dialect`` that says what each element of its markup *is*
(a paragraph, a list, a note, a table, a link, an italic run...) and where the
parts of a list or a table are. ``Flow`` does everything else, once for both
formats: paragraph breaks, whitespace, link text, italics, span expansion, the
cells of a table and the blocks of a section.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Any, Protocol, cast

from lxml import etree

from generator.errors import ParseError, ReaderError
from generator.readers.model import (
    Block,
    Cell,
    ItemizedList,
    ListEntry,
    Paragraph,
    Row,
    Table,
    TableRef,
    VariableList,
    XRef,
)
from generator.readers.text import (
    PENDING,
    Target,
    expand_spans,
    label_from_id,
    normalize,
    place,
    split_label,
    xref_text,
)

Element = etree._Element


class BlockKind(Enum):
    """What a block-level element is."""

    PARA = auto()  # a paragraph; blocks nested in it split it
    LIST = auto()  # itemized or ordered list
    VARLIST = auto()  # variable list (or a glossary's definition list)
    GLOSSENTRY = auto()  # one glossary entry; consecutive ones form one list
    NOTE = auto()  # a note, caution, warning...: its title is not text
    TABLE = auto()  # a table or informal table
    CONTAINER = auto()  # a block holding blocks, transparent
    SKIP = auto()  # not represented (figure, media, listing, bibliography...)
    TITLE = auto()  # a title consumed elsewhere, or generated
    SECTION = auto()  # a nested section: the reader walks it


class InlineKind(Enum):
    """What an inline element is."""

    TEXT = auto()
    ITALIC = auto()
    LINK = auto()
    QUOTE = auto()
    BREAK = auto()
    SKIP = auto()


@dataclass(frozen=True, slots=True)
class LinkInfo:
    """Where a link points. ``target`` ``None``: an external URL (``url``).

    ``generated``: the publisher generates the link's text. ``style``: the DocBook
    ``xrefstyle`` it generates it with. ``rendered``: the element's content is that
    generated text, as the publisher rendered it (an HTML ``a.xref``).
    """

    target: str | None
    document: str | None = None
    generated: bool = False
    url: str = ""
    style: str | None = None
    rendered: bool = False


@dataclass(slots=True)
class ListParts:
    """The title and items of an itemized or ordered list.

    ``ids`` holds the id of each item that has one (``note_A.26.3_6``): a link
    to an item of an ordered list reads as the item's number.
    """

    title: Element | None
    items: list[Element]
    ordered: bool
    ids: list[str | None] = field(default_factory=list)


@dataclass(slots=True)
class VarListParts:
    """The title and ``(terms, definition containers)`` entries of a variable list."""

    title: Element | None
    entries: list[tuple[list[Element], list[Element]]]
    glossary: bool = False


@dataclass(slots=True)
class TableParts:
    """The id, caption and rows (of cell elements) of a table.

    ``label`` ``None`` means the caption element shows ``Table <label>. <caption>``.
    """

    id: str | None
    label: str | None
    caption: Element | None
    head: list[list[Element]]
    body: list[list[Element]]


class Dialect(Protocol):
    """What the elements of one markup mean."""

    def block_kind(self, el: Element) -> BlockKind | None:
        """The kind of a block-level element; ``None`` for an inline element."""

    def inline_kind(self, el: Element) -> InlineKind:
        """The kind of an inline element."""

    def link(self, el: Element) -> LinkInfo:
        """Where a ``InlineKind.LINK`` element points."""

    def list_parts(self, el: Element) -> ListParts:
        """The parts of a ``BlockKind.LIST`` element."""

    def varlist_parts(self, el: Element) -> VarListParts:
        """The parts of a ``BlockKind.VARLIST`` or ``BlockKind.GLOSSENTRY`` element."""

    def table_parts(self, el: Element) -> TableParts:
        """The parts of a ``BlockKind.TABLE`` element."""

    def span(self, cell: Element) -> tuple[int, int]:
        """``(rowspan, colspan)`` of a table cell."""

    def targets(self, el: Element) -> Iterator[tuple[str, Target]]:
        """Labelled link targets (figures, bibliography entries) inside a skipped block."""


# -- intermediate nodes ---------------------------------------------------------


@dataclass(slots=True)
class PNode:
    """A paragraph: normalized text (may hold placeholders), its links and italics."""

    text: str
    xrefs: tuple[XRef, ...] = ()
    italics: tuple[str, ...] = ()


@dataclass(slots=True)
class ListNode:
    title: PNode | None
    items: list[list[Node]]
    ordered: bool


@dataclass(slots=True)
class VarNode:
    title: PNode | None
    entries: list[tuple[list[PNode], list[Node]]]
    glossary: bool = False


@dataclass(slots=True)
class NoteNode:
    children: list[Node]


@dataclass(slots=True)
class TableNode:
    table_id: str


Node = PNode | ListNode | VarNode | NoteNode | TableNode


@dataclass(slots=True)
class _Inline:
    pieces: list[str] = field(default_factory=list)
    xrefs: list[XRef] = field(default_factory=list)
    italics: list[str] = field(default_factory=list)
    italic_depth: int = 0

    def node(self) -> PNode | None:
        text = normalize("".join(self.pieces))
        if not text:
            return None
        return PNode(text, tuple(self.xrefs), tuple(self.italics))


_SPAN = re.compile(r"\s*(\d+)\s*")

#: The largest spans the HTML table model allows (WHATWG HTML, 4.9.11 "The td
#: element": colspan at most 1000, rowspan at most 65534); a larger one is a broken
#: table, never a table of the standard (whose widest span in 2024c is 23 rows).
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534
#: How deep elements may nest inside one block (2024c nests at most 21 deep in a
#: whole page): deeper is refused with an error, not a ``RecursionError``.
MAX_NESTING = 100


def plain_text(el: Element) -> str:
    """The normalized text of an element and its descendants, markup ignored.

    Entity references and other non-element nodes contribute no text. The walk is
    iterative: however deep the markup nests, it needs no recursion.
    """
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        is_element = isinstance(node.tag, str)
        if event == "start":
            if is_element and node.text:
                parts.append(node.text)
        elif node is not el and node.tail:
            parts.append(node.tail)
    return normalize("".join(parts))


def syntax_error(source: str, error: etree.XMLSyntaxError, what: str) -> str:
    """One line for a markup error: ``FILE: line N: not WHAT (reason)``.

    The first error libxml2 logged names the real cause and line (an undefined
    entity), where the exception itself may say only "no element found (line 0)".
    """
    entries: Iterable[Any] = cast(Any, error.error_log)  # the stubs omit its iteration
    logged = [
        entry
        for entry in entries  # it may hold errors of earlier parses: keep this file's
        if entry.level >= etree.ErrorLevels.ERROR and entry.filename in (source, None, "")
    ]
    if logged:
        line, reason = logged[0].line, logged[0].message
    else:
        line, reason = (error.lineno or error.position[0]), str(error.msg or error)
    reason = " ".join(reason.split(", line ")[0].split())
    where = f"{source}: line {line}" if line else source
    return f"{where}: not {what} ({reason})"


def declares_entities(tree: etree._ElementTree) -> bool:
    """Whether a document's internal DTD subset declares any entity (XXE, expansion bombs)."""
    dtd: Any = tree.docinfo.internalDTD
    return dtd is not None and bool(dtd.entities())


def span_value(value: str | None, limit: int = MAX_ROWSPAN, name: str = "rowspan") -> int:
    """A ``rowspan``/``colspan`` attribute as a count (1 when absent).

    A value that is not a count, or a count above ``limit``, is a broken table:
    ``ValueError``.
    """
    if value is None or not value.strip():
        return 1
    match = _SPAN.fullmatch(value)
    if not match:
        raise ValueError(f"{name} {value!r} is not a count")
    count = int(match.group(1))
    if count > limit:
        raise ValueError(f"{name}={count} is beyond any table (at most {limit})")
    return max(count, 1)


class Flow:
    """Turns elements of one document into nodes, cells and tables.

    ``document`` is the Part's name (``PS3.15``): links into it are same-Part
    references whose labels are filled in by ``text.Resolver`` at the end.
    """

    def __init__(self, dialect: Dialect, document: str, source: str) -> None:
        self.dialect = dialect
        self.document = document
        self.source = source
        self.tables: dict[str, Table] = {}
        self.table_order: list[str] = []
        self.targets: dict[str, Target] = {}
        self._informal: Counter[str | None] = Counter()
        self._seen: set[str] = set()
        self._depth = 0
        self._table: str | None = None

    def open_section(self, section_id: str) -> None:
        """Count the section's id-less informal tables from 1 (again, for a repeated copy)."""
        self._informal[section_id] = 0

    def where(self, el: Element) -> str:
        """``FILE: line N`` of an element."""
        return f"{self.source}: line {el.sourceline}" if el.sourceline else self.source

    def _enter(self, el: Element) -> None:
        self._depth += 1
        if self._depth > MAX_NESTING:
            table = f": in table {self._table!r}" if self._table else ""
            msg = f"{self.where(el)}{table}: elements nested deeper than {MAX_NESTING}; refused"
            raise ReaderError(msg)

    # -- inline -------------------------------------------------------------

    def _check(self, node: Element) -> None:
        if isinstance(node, etree._Entity):
            msg = (
                f"{self.source}: entity reference {node.text} is not allowed "
                "(entities are never expanded)"
            )
            raise ReaderError(msg)

    def _inline_children(self, el: Element, buf: _Inline) -> None:
        if el.text:
            buf.pieces.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self._inline(child, buf)
            else:
                self._check(child)
            if child.tail:
                buf.pieces.append(child.tail)

    def _inline(self, el: Element, buf: _Inline) -> None:
        self._enter(el)
        try:
            self._inline_kind(el, buf)
        finally:
            self._depth -= 1

    def _inline_kind(self, el: Element, buf: _Inline) -> None:
        kind = self.dialect.inline_kind(el)
        if kind is InlineKind.TEXT:
            self._inline_children(el, buf)
        elif kind is InlineKind.ITALIC:
            start = len(buf.pieces)
            buf.italic_depth += 1
            self._inline_children(el, buf)
            buf.italic_depth -= 1
            if buf.italic_depth == 0:
                run = normalize("".join(buf.pieces[start:]))
                if run:
                    buf.italics.append(run)
        elif kind is InlineKind.LINK:
            self._link(el, buf)
        elif kind is InlineKind.QUOTE:
            buf.pieces.append("“")
            self._inline_children(el, buf)
            buf.pieces.append("”")
        elif kind is InlineKind.BREAK:
            buf.pieces.append(" ")

    def _link(self, el: Element, buf: _Inline) -> None:
        info = self.dialect.link(el)
        if info.target is None:
            start = len(buf.pieces)
            self._inline_children(el, buf)
            if not normalize("".join(buf.pieces[start:])):
                buf.pieces.append(info.url)
            return
        document = None if info.document == self.document else info.document
        label = PENDING if document is None else label_from_id(info.target)
        same_part = document is None
        shown = plain_text(el) or None
        if shown is None and same_part and info.generated:
            shown = place(info.target, info.style)  # what it renders as, once resolved
        xref = XRef(info.target, label, document, shown)
        buf.xrefs.append(xref)
        generated = (
            place(info.target, info.style)
            if same_part
            else xref_text(info.target, label, "", document)
        )
        if info.generated and not (same_part and info.rendered):
            buf.pieces.append(generated)
            return
        start = len(buf.pieces)
        self._inline_children(el, buf)
        if not normalize("".join(buf.pieces[start:])):
            buf.pieces.append(generated)

    def inline_text(self, el: Element) -> str:
        """The normalized text of an element read as inline content."""
        buf = _Inline()
        self._inline_children(el, buf)
        return normalize("".join(buf.pieces))

    def _pnode(self, el: Element | None) -> PNode | None:
        if el is None:
            return None
        buf = _Inline()
        self._inline_children(el, buf)
        return buf.node()

    # -- blocks -------------------------------------------------------------

    def contents(self, container: Element, section_id: str | None) -> list[Node]:
        """The nodes of everything inside ``container`` (its text and children)."""
        nodes: list[Node] = []
        self._contents(container, section_id, nodes)
        return nodes

    def _contents(self, container: Element, section_id: str | None, nodes: list[Node]) -> None:
        self._enter(container)
        try:
            self._contents_of(container, section_id, nodes)
        finally:
            self._depth -= 1

    def _contents_of(self, container: Element, section_id: str | None, nodes: list[Node]) -> None:
        buf = _Inline()
        if container.text:
            buf.pieces.append(container.text)
        for child in container:
            if not isinstance(child.tag, str):
                self._check(child)
            else:
                kind = self.dialect.block_kind(child)
                if kind is None:
                    self._inline(child, buf)
                else:
                    self._flush(buf, nodes)
                    buf = _Inline()
                    self._block(child, kind, section_id, nodes)
            if child.tail:
                buf.pieces.append(child.tail)
        self._flush(buf, nodes)

    @staticmethod
    def _flush(buf: _Inline, nodes: list[Node]) -> None:
        node = buf.node()
        if node is not None:
            nodes.append(node)

    def block(self, el: Element, section_id: str | None, nodes: list[Node]) -> None:
        """Append the nodes of one element standing directly in a section."""
        kind = self.dialect.block_kind(el)
        if kind is None:
            buf = _Inline()
            self._inline(el, buf)
            self._flush(buf, nodes)
        else:
            self._block(el, kind, section_id, nodes)

    def _block(
        self, el: Element, kind: BlockKind, section_id: str | None, nodes: list[Node]
    ) -> None:
        if kind is BlockKind.PARA or kind is BlockKind.CONTAINER:
            self._contents(el, section_id, nodes)
        elif kind is BlockKind.LIST:
            parts = self.dialect.list_parts(el)
            if parts.ordered:
                for number, item_id in enumerate(parts.ids, start=1):
                    if item_id:
                        self.targets.setdefault(item_id, Target(str(number), ""))
            items = [self.contents(item, section_id) for item in parts.items]
            nodes.append(ListNode(self._pnode(parts.title), items, parts.ordered))
        elif kind is BlockKind.VARLIST or kind is BlockKind.GLOSSENTRY:
            vparts = self.dialect.varlist_parts(el)
            entries: list[tuple[list[PNode], list[Node]]] = []
            for terms, definitions in vparts.entries:
                term_nodes = [n for n in (self._pnode(t) for t in terms) if n is not None]
                body: list[Node] = []
                for definition in definitions:
                    self._contents(definition, section_id, body)
                entries.append((term_nodes, body))
            glossary = kind is BlockKind.GLOSSENTRY or vparts.glossary
            node = VarNode(self._pnode(vparts.title), entries, glossary)
            last = nodes[-1] if nodes else None
            if glossary and isinstance(last, VarNode) and last.glossary:
                last.entries.extend(entries)
            else:
                nodes.append(node)
        elif kind is BlockKind.NOTE:
            nodes.append(NoteNode(self.contents(el, section_id)))
        elif kind is BlockKind.TABLE:
            nodes.append(TableNode(self.table(el, section_id)))
        elif kind is BlockKind.SKIP:
            for target_id, target in self.dialect.targets(el):
                self.targets.setdefault(target_id, target)

    # -- tables -------------------------------------------------------------

    def table(self, el: Element, section_id: str | None) -> str:
        """Read a table (registering it) and return its id.

        A table whose id was already read is accepted when it reads the same (a
        repeated copy, as in the trimmed PS3.3 2016c excerpt) and refused with a
        ``ParseError`` when it differs.
        """
        try:
            parts = self.dialect.table_parts(el)
        except ParseError as error:
            raise ParseError(f"{self.where(el)}: {error}") from None
        table_id = parts.id
        if not table_id:
            self._informal[section_id] += 1
            table_id = f"informaltable:{section_id}:{self._informal[section_id]}"
        outer, self._table = self._table, table_id
        try:
            return self._table_of(el, parts, table_id, section_id)
        finally:
            self._table = outer

    def _table_of(
        self, el: Element, parts: TableParts, table_id: str, section_id: str | None
    ) -> str:
        repeated = table_id in self._seen
        if not repeated:
            self._seen.add(table_id)
            self.table_order.append(table_id)
        caption = ""
        label = parts.label or ""
        if parts.caption is not None:
            caption = self.inline_text(parts.caption)
            if parts.label is None:
                label, caption = split_label(caption, table_id, "Table")
        header = self._rows(parts.head, section_id)
        rows = self._rows(parts.body, section_id)
        table = Table(table_id, label, caption, section_id, header, rows)
        if repeated:
            if self.tables.get(table_id) != table:
                msg = f"{self.source}: table id {table_id!r} occurs twice, with different content"
                raise ParseError(msg)
            return table_id
        self.tables[table_id] = table
        self.targets[table_id] = Target(label, caption)
        return table_id

    def _rows(self, rows: list[list[Element]], section_id: str | None) -> tuple[Row, ...]:
        laid = [[(self.cell(c, section_id), *self._span(c)) for c in row] for row in rows]
        try:
            return tuple(tuple(row) for row in expand_spans(laid))
        except ValueError as error:
            first = rows[0][0] if rows and rows[0] else None
            where = self.where(first) if first is not None else self.source
            raise ParseError(f"{where}: table {self._table!r} is broken: {error}") from None

    def _span(self, cell: Element) -> tuple[int, int]:
        """``(rowspan, colspan)``; a span no table can have is a ``ParseError`` naming it."""
        try:
            return self.dialect.span(cell)
        except ValueError as error:
            msg = f"{self.where(cell)}: table {self._table!r} is broken: {error}"
            raise ParseError(msg) from None

    def cell(self, el: Element, section_id: str | None) -> Cell:
        """One table cell, normalized."""
        return to_cell(self.contents(el, section_id))

    def ordered_tables(self) -> dict[str, Table]:
        """The tables in document order (a table before those nested in it)."""
        return {t: self.tables[t] for t in self.table_order}


# -- nodes -> model -------------------------------------------------------------


def _walk(nodes: Iterable[Node]) -> Iterator[PNode]:
    """Every paragraph under ``nodes`` in document order (tables excluded)."""
    for node in nodes:
        if isinstance(node, PNode):
            yield node
        elif isinstance(node, ListNode):
            if node.title is not None:
                yield node.title
            for item in node.items:
                yield from _walk(item)
        elif isinstance(node, VarNode):
            if node.title is not None:
                yield node.title
            for terms, body in node.entries:
                yield from terms
                yield from _walk(body)
        elif isinstance(node, NoteNode):
            yield from _walk(node.children)


def _texts(nodes: Iterable[Node]) -> tuple[str, ...]:
    return tuple(p.text for p in _walk(nodes))


def _xrefs(nodes: Iterable[Node]) -> tuple[XRef, ...]:
    return tuple(x for p in _walk(nodes) for x in p.xrefs)


def _varlist(node: VarNode, note: bool) -> VariableList:
    entries = tuple(
        ListEntry(
            term=", ".join(t.text for t in terms),
            definition=_texts(body),
            xrefs=_xrefs([*terms, *body]),
        )
        for terms, body in node.entries
    )
    title = node.title.text if node.title is not None else None
    return VariableList(title, entries, note)


def _tables_in(nodes: Iterable[Node]) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, TableNode):
            yield node.table_id
        elif isinstance(node, ListNode):
            for item in node.items:
                yield from _tables_in(item)
        elif isinstance(node, VarNode):
            for _, body in node.entries:
                yield from _tables_in(body)
        elif isinstance(node, NoteNode):
            yield from _tables_in(node.children)


def to_cell(nodes: list[Node]) -> Cell:
    """A cell from the nodes of its content (see ``model.Cell``)."""
    items: list[str] = []
    varlists: list[VariableList] = []

    def visit(group: Iterable[Node]) -> None:
        for node in group:
            if isinstance(node, ListNode):
                for item in node.items:
                    items.append("\n".join(_texts(item)))
                    visit(item)
            elif isinstance(node, VarNode):
                varlists.append(_varlist(node, False))
                for _, body in node.entries:
                    visit(body)
            elif isinstance(node, NoteNode):
                visit(node.children)

    visit(nodes)
    paragraphs = list(_walk(nodes))
    return Cell(
        text="\n".join(p.text for p in paragraphs),
        paragraphs=tuple(p.text for p in paragraphs),
        items=tuple(items),
        xrefs=tuple(x for p in paragraphs for x in p.xrefs),
        italics=tuple(i for p in paragraphs for i in p.italics),
        variablelists=tuple(varlists),
    )


def to_blocks(nodes: Iterable[Node], note: bool = False) -> list[Block]:
    """The blocks of a section from the nodes of its direct content."""
    out: list[Block] = []
    for node in nodes:
        if isinstance(node, PNode):
            out.append(Paragraph(node.text, node.xrefs, note))
        elif isinstance(node, ListNode):
            out.append(
                ItemizedList(
                    items=tuple("\n".join(_texts(item)) for item in node.items),
                    title=node.title.text if node.title is not None else None,
                    ordered=node.ordered,
                    xrefs=_xrefs([node]),
                    note=note,
                )
            )
            out.extend(TableRef(t) for t in _tables_in([node]))
        elif isinstance(node, VarNode):
            out.append(_varlist(node, note))
            out.extend(TableRef(t) for t in _tables_in([node]))
        elif isinstance(node, NoteNode):
            out.extend(to_blocks(node.children, True))
        else:
            out.append(TableRef(node.table_id))
    return out
