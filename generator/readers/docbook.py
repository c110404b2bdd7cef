"""Read a Part of the standard from its DocBook XML source (``partNN.xml``).

The file is streamed with ``lxml.etree.iterparse``: each block standing directly
in a section (a paragraph, a list, a table...) is turned into model values as
soon as it is complete and is then removed from the tree, so memory holds one
block (the largest table) plus the open sections, whatever the size of the file.
Entities are never expanded, no DTD is loaded and the network is never used; a
document declaring entities is refused.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from generator.errors import ParseError, ReaderError
from generator.readers.flow import (
    MAX_COLSPAN,
    MAX_ROWSPAN,
    BlockKind,
    Dialect,
    Element,
    Flow,
    InlineKind,
    LinkInfo,
    ListParts,
    Node,
    TableParts,
    VarListParts,
    declares_entities,
    plain_text,
    span_value,
    syntax_error,
    to_blocks,
)
from generator.readers.model import Document, Section
from generator.readers.text import Target, document_name, is_generated, normalize, resolve_all

DB_NS = "http://docbook.org/ns/docbook"
_DB = f"{{{DB_NS}}}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_MATHML = "{http://www.w3.org/1998/Math/MathML}"

_SUBTITLE = re.compile(r"DICOM\s+PS3\.(\d+)\s+(\S+)\s+-")
_BOOK_LABEL = re.compile(r"PS3\.(\d+)")
_EDITION = re.compile(r"\d{4}[a-z]")

#: Elements that open a section; one without ``xml:id`` is transparent.
SECTION_TAGS = frozenset(
    _DB + t
    for t in (
        "chapter",
        "appendix",
        "preface",
        "section",
        "sect1",
        "sect2",
        "sect3",
        "sect4",
        "sect5",
        "simplesect",
        "glossary",
        "glossdiv",
        "bibliography",
        "bibliodiv",
    )
)

_BLOCKS: dict[str, BlockKind] = {
    **dict.fromkeys(("para", "simpara", "literallayout", "address"), BlockKind.PARA),
    **dict.fromkeys(("itemizedlist", "orderedlist"), BlockKind.LIST),
    **dict.fromkeys(("variablelist", "glosslist"), BlockKind.VARLIST),
    "glossentry": BlockKind.GLOSSENTRY,
    **dict.fromkeys(("note", "caution", "warning", "important", "tip"), BlockKind.NOTE),
    **dict.fromkeys(("table", "informaltable"), BlockKind.TABLE),
    **dict.fromkeys(
        (
            "figure",
            "informalfigure",
            "mediaobject",
            "equation",
            "informalequation",
            "programlisting",
            "screen",
            "synopsis",
            "bibliolist",
            "biblioentry",
            "bibliomixed",
            "indexterm",
            "info",
            "titleabbrev",
            "footnote",
        ),
        BlockKind.SKIP,
    ),
    **dict.fromkeys(("title", "subtitle", "caption"), BlockKind.TITLE),
    **dict.fromkeys(
        ("blockquote", "sidebar", "example", "informalexample", "formalpara", "procedure", "step"),
        BlockKind.CONTAINER,
    ),
}
_SKIP_INLINE = frozenset(
    (
        "footnote",
        "indexterm",
        "inlinemediaobject",
        "inlineequation",
        "mediaobject",
        "imagedata",
        "imageobject",
        "alt",
    )
)


def _local(el: Element) -> str:
    tag = el.tag
    if isinstance(tag, str) and tag.startswith(_DB):
        return tag[len(_DB) :]
    return ""


class DocBookDialect(Dialect):
    """What DocBook 5 elements mean."""

    def block_kind(self, el: Element) -> BlockKind | None:
        """See ``Dialect``."""
        if el.tag in SECTION_TAGS:
            return BlockKind.SECTION
        kind = _BLOCKS.get(_local(el))
        if kind is None and isinstance(el.tag, str) and el.tag.startswith(_MATHML):
            return BlockKind.SKIP
        return kind

    def inline_kind(self, el: Element) -> InlineKind:
        """See ``Dialect``."""
        name = _local(el)
        if name == "emphasis":
            role = (el.get("role") or "").lower()
            return InlineKind.TEXT if role in ("bold", "strong", "underline") else InlineKind.ITALIC
        if name in ("xref", "olink", "link"):
            return InlineKind.LINK
        if name == "quote":
            return InlineKind.QUOTE
        if name in _SKIP_INLINE or _BLOCKS.get(name) is BlockKind.SKIP:
            return InlineKind.SKIP
        if not name and isinstance(el.tag, str) and el.tag.startswith(_MATHML):
            return InlineKind.SKIP
        return InlineKind.TEXT

    def link(self, el: Element) -> LinkInfo:
        """See ``Dialect``."""
        name = _local(el)
        if name == "xref":
            return LinkInfo(
                el.get("linkend") or "", None, generated=True, style=el.get("xrefstyle")
            )
        if name == "olink":
            document = el.get("targetdoc")
            target = el.get("targetptr") or document or ""
            return LinkInfo(target, document, generated=is_generated(target))
        linkend = el.get("linkend")
        if linkend:
            return LinkInfo(linkend)
        return LinkInfo(None, url=el.get(_XLINK_HREF) or "")

    def list_parts(self, el: Element) -> ListParts:
        """See ``Dialect``."""
        items = el.findall(_DB + "listitem")
        return ListParts(
            title=el.find(_DB + "title"),
            items=items,
            ordered=_local(el) == "orderedlist",
            ids=[item.get(_XML_ID) for item in items],
        )

    def varlist_parts(self, el: Element) -> VarListParts:
        """See ``Dialect``."""
        if _local(el) == "glossentry":
            return VarListParts(None, [self._glossentry(el)], glossary=True)
        if _local(el) == "glosslist":
            entries = [self._glossentry(e) for e in el.findall(_DB + "glossentry")]
            return VarListParts(el.find(_DB + "title"), entries, glossary=True)
        entries = [
            (e.findall(_DB + "term"), e.findall(_DB + "listitem"))
            for e in el.findall(_DB + "varlistentry")
        ]
        return VarListParts(el.find(_DB + "title"), entries)

    @staticmethod
    def _glossentry(el: Element) -> tuple[list[Element], list[Element]]:
        """Term and definitions; the term shows its acronym as HTML does: ``Term (ACR)``."""
        terms = el.findall(_DB + "glossterm")
        acronym = el.find(_DB + "acronym")
        if acronym is None or not terms:
            return terms, el.findall(_DB + "glossdef")
        term = etree.Element(_DB + "phrase")
        term.append(copy.deepcopy(terms[0]))
        term[0].tail = " ("
        term.append(copy.deepcopy(acronym))
        term[1].tail = ")"
        return [term], el.findall(_DB + "glossdef")

    def table_parts(self, el: Element) -> TableParts:
        """See ``Dialect``."""
        if el.find(_DB + "tgroup") is not None:
            msg = f"table {el.get(_XML_ID)!r}: CALS tables (tgroup) are not supported"
            raise ParseError(msg)
        head: list[list[Element]] = []
        body: list[list[Element]] = []
        for child in el:
            name = _local(child)
            if name == "thead":
                head.extend(self._cells(r) for r in child.iterchildren(_DB + "tr"))
            elif name in ("tbody", "tfoot"):
                body.extend(self._cells(r) for r in child.iterchildren(_DB + "tr"))
            elif name == "tr":
                body.append(self._cells(child))
        informal = _local(el) == "informaltable"
        caption = None if informal else el.find(_DB + "caption")
        if caption is None and not informal:
            caption = el.find(_DB + "title")
        return TableParts(
            id=el.get(_XML_ID),
            label=normalize(el.get("label") or ""),
            caption=caption,
            head=head,
            body=body,
        )

    @staticmethod
    def _cells(row: Element) -> list[Element]:
        return [c for c in row if _local(c) in ("td", "th")]

    def span(self, cell: Element) -> tuple[int, int]:
        """See ``Dialect``."""
        return (
            span_value(cell.get("rowspan"), MAX_ROWSPAN, "rowspan"),
            span_value(cell.get("colspan"), MAX_COLSPAN, "colspan"),
        )

    def targets(self, el: Element) -> Iterator[tuple[str, Target]]:
        """See ``Dialect``: figures and bibliography entries with an id."""
        for node in el.iter(_DB + "figure", _DB + "biblioentry", _DB + "bibliomixed"):
            node_id = node.get(_XML_ID)
            if not node_id:
                continue
            if _local(node) == "figure":
                title = node.find(_DB + "title")
                text = plain_text(title) if title is not None else ""
                yield node_id, Target(normalize(node.get("label") or ""), text)
            else:
                abbrev = node.find(_DB + "abbrev")
                label = plain_text(abbrev) if abbrev is not None else ""
                yield node_id, Target(label or normalize(node.get("label") or ""), "")


@dataclass(slots=True)
class _Open:
    """A section being read."""

    el: Element
    id: str | None
    label: str
    parent_id: str | None
    repeated: bool = False
    title: str | None = None
    nodes: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class _State:
    part: int = 0
    edition: str = ""
    sections: dict[str, Section | None] = field(default_factory=dict)


class DocBookReader:
    """Reads ``partNN.xml`` into a ``Document``.

    ``part`` and ``edition``, when given, are what the caller expects: a file of
    another Part or edition is refused with a ``ReaderError``. ``known`` are link
    targets outside the file (the Part an overlay fragment amends): a reference to
    one of them renders from its label and title.
    """

    def __init__(
        self,
        part: int | None = None,
        edition: str | None = None,
        known: Mapping[str, Target] | None = None,
    ) -> None:
        self.part = part
        self.edition = edition
        self.known = dict(known or {})

    def read(self, path: Path) -> Document:
        """Read one DocBook file; ``ReaderError`` names it when it is not a DICOM Part."""
        path = Path(path)
        if not path.is_file():
            msg = f"{path}: no such DocBook file"
            raise ReaderError(msg)
        try:
            return self._read(path)
        except etree.XMLSyntaxError as exc:
            raise ReaderError(syntax_error(str(path), exc, "well-formed XML")) from None
        except RecursionError:
            msg = f"{path}: elements nested too deeply to read; refused"
            raise ReaderError(msg) from None

    def _read(self, path: Path) -> Document:
        dialect = DocBookDialect()
        flow: Flow | None = None
        state = _State()
        stack: list[_Open] = []
        root: Element | None = None
        context = etree.iterparse(
            str(path),
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
            remove_comments=True,
            remove_pis=True,
        )
        for event, el in context:
            if root is None:
                root = el
                self._check_root(path, el, state)
                flow = Flow(dialect, document_name(state.part), str(path))
                continue
            assert flow is not None
            parent = el.getparent()
            top = stack[-1].el if stack else root
            if event == "start":
                if el.tag in SECTION_TAGS and parent is top:
                    stack.append(self._open(el, stack, state))
                    if stack[-1].id is not None:
                        flow.open_section(stack[-1].id)
                continue
            if el is root:
                break
            if stack and el is stack[-1].el:
                self._close(stack, state, flow)
            elif parent is top:
                if stack:
                    self._direct(el, stack[-1], flow)
                else:
                    self._book_child(el, state)
            else:
                continue
            el.clear()
            if parent is not None:
                parent.remove(el)
        if root is None or flow is None:
            msg = f"{path}: empty document"
            raise ReaderError(msg)
        if not state.edition:
            state.edition = self._edition_from_path(path)
        if self.edition is not None and state.edition != self.edition:
            msg = f"{path}: is edition {state.edition}, not {self.edition}"
            raise ReaderError(msg)
        sections = {k: v for k, v in state.sections.items() if v is not None}
        targets = {**self.known, **flow.targets}
        resolved_sections, tables = resolve_all(targets, sections, flow.ordered_tables())
        return Document(
            part=state.part,
            edition=state.edition,
            format="docbook",
            source=str(path),
            sections=resolved_sections,
            tables=tables,
        )

    def _check_root(self, path: Path, root: Element, state: _State) -> None:
        if declares_entities(root.getroottree()):
            msg = f"{path}: declares entities in its DOCTYPE; refused (entities are never expanded)"
            raise ReaderError(msg)
        if root.tag != _DB + "book":
            msg = f"{path}: not a DocBook book (root element is {root.tag!r})"
            raise ReaderError(msg)
        match = _BOOK_LABEL.fullmatch(normalize(root.get("label") or root.get(_XML_ID) or ""))
        if match is None:
            msg = f"{path}: DocBook book is not a Part of DICOM (label {root.get('label')!r})"
            raise ReaderError(msg)
        state.part = int(match.group(1))
        if self.part is not None and state.part != self.part:
            msg = f"{path}: is PS3.{state.part}, not PS3.{self.part}"
            raise ReaderError(msg)

    def _edition_from_path(self, path: Path) -> str:
        """The edition when the subtitle lacks it: the caller's, else the publisher's layout."""
        if self.edition is not None:
            return self.edition
        parts = path.resolve().parts  # <edition>/source/docbook/partNN/partNN.xml
        laid_out = len(parts) >= 5 and parts[-4:-2] == ("source", "docbook")
        if laid_out and _EDITION.fullmatch(parts[-5]):
            return parts[-5]
        msg = f"{path}: no edition in its <subtitle> nor in its path; pass the edition"
        raise ReaderError(msg)

    def _book_child(self, el: Element, state: _State) -> None:
        if _local(el) == "subtitle":
            match = _SUBTITLE.search(plain_text(el))
            if match:
                if int(match.group(1)) != state.part:
                    msg = f"subtitle names PS3.{match.group(1)} in the book of PS3.{state.part}"
                    raise ReaderError(msg)
                state.edition = match.group(2)

    @staticmethod
    def _open(el: Element, stack: list[_Open], state: _State) -> _Open:
        section_id = el.get(_XML_ID)
        parent_id = next((s.id for s in reversed(stack) if s.id is not None), None)
        repeated = section_id is not None and section_id in state.sections
        if section_id is not None and not repeated:
            state.sections[section_id] = None
        return _Open(el, section_id, normalize(el.get("label") or ""), parent_id, repeated)

    @staticmethod
    def _direct(el: Element, section: _Open, flow: Flow) -> None:
        if _local(el) == "title" and section.title is None:
            section.title = flow.inline_text(el)
        else:
            # a section without id is transparent: its content belongs to its parent
            owner = section.id if section.id is not None else section.parent_id
            flow.block(el, owner, section.nodes)

    @staticmethod
    def _close(stack: list[_Open], state: _State, flow: Flow) -> None:
        """Finish a section; a repeated id must repeat the same section (else ``ParseError``)."""
        section = stack.pop()
        if section.id is None:
            if stack:
                stack[-1].nodes.extend(section.nodes)
            return
        title = section.title or ""
        blocks = tuple(to_blocks(section.nodes))
        done = Section(section.id, section.label, title, section.parent_id, blocks)
        if section.repeated:
            if state.sections[section.id] != done:
                msg = (
                    f"{flow.source}: section id {section.id!r} occurs twice, with different content"
                )
                raise ParseError(msg)
            return
        state.sections[section.id] = done
        flow.targets[section.id] = Target(section.label, title)
