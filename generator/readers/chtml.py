"""Read a Part of the standard from its chunked HTML rendering (a folder of pages).

The publisher renders each Part with DocBook XSL 1.78.1 into XHTML pages: a
page holds a section and those of its subsections that are not chunked onto
pages of their own. The reader parses every page (as XML: no network, no DTD,
no entity expansion), orders the pages along their ``next`` links, and rebuilds
the whole section tree: a page's top section has as parent the top section of
the page its ``up`` link names. Navigation headers, footers, breadcrumbs and
tables of contents are ignored.

The pages do not state the edition (their banner reads "DICOM PS3.15 - Security
and System Management Profiles"): it comes from the banner when a future
rendering states it, else from the publisher's folder layout
(``<edition>/output/chtml/partNN``), else from the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
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
    TableParts,
    VarListParts,
    declares_entities,
    plain_text,
    span_value,
    syntax_error,
    to_blocks,
)
from generator.readers.model import Document, Section
from generator.readers.text import (
    Target,
    document_name,
    is_generated,
    resolve_all,
    split_label,
)

#: Tags are compared without namespace: the pages mix XHTML elements with
#: elements in no namespace (``<span xmlns="" class="foreignphrase">``), and the
#: reader strips namespaces from every element after parsing.
XHTML_NS = "http://www.w3.org/1999/xhtml"
_HEADINGS = frozenset(f"h{n}" for n in range(1, 7))
_RELEASE = re.compile(r"DICOM\s+PS3\.(\d+)(?:\s+(\d{4}[a-z]))?\s+-")
_EDITION = re.compile(r"\d{4}[a-z]")
_PART_DIR = re.compile(r"part(\d+)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_GENERATED_ID = re.compile(r"id[a-z]*\d+|d\d+e\d+")

_SECTION_CLASSES = frozenset(
    (
        "section",
        "chapter",
        "appendix",
        "preface",
        "title",
        "glossdiv",
        "sect1",
        "sect2",
        "sect3",
        "sect4",
        "sect5",
        "simplesect",
        "bibliodiv",
    )
)
_DIV_KINDS: dict[str, BlockKind] = {
    **dict.fromkeys(("itemizedlist", "orderedlist"), BlockKind.LIST),
    "variablelist": BlockKind.VARLIST,
    **dict.fromkeys(("note", "caution", "warning", "important", "tip"), BlockKind.NOTE),
    **dict.fromkeys(("table", "informaltable"), BlockKind.TABLE),
    "titlepage": BlockKind.TITLE,
    **dict.fromkeys(
        (
            "figure",
            "informalfigure",
            "mediaobject",
            "equation",
            "informalequation",
            "toc",
            "list-of-tables",
            "list-of-figures",
            "bibliolist",
            "biblioentry",
            "bibliomixed",
            "navheader",
            "navfooter",
            "breadcrumbs",
            "footnote",
            "footnotes",
            "book",
            "programlisting",
            "screen",
        ),
        BlockKind.SKIP,
    ),
}
_SKIP_TAGS = frozenset(("pre", "hr", "img", "object", "script", "style", "table", "head", "math"))


def _classes(el: Element) -> list[str]:
    return (el.get("class") or "").split()


def _first_class(el: Element) -> str:
    classes = _classes(el)
    return classes[0] if classes else ""


def _heading(div: Element) -> Element | None:
    """The title heading of a section ``div`` (direct, or in its ``titlepage``)."""
    for child in div:
        if child.tag in _HEADINGS and "title" in _classes(child):
            return child
        if child.tag == "div" and _first_class(child) == "titlepage":
            for node in child.iter(*_HEADINGS):
                if "title" in _classes(node):
                    return node
            return None
    return None


def section_id(div: Element) -> str | None:
    """The id of the section a ``div`` opens, or ``None`` when it opens none."""
    if div.tag != "div" or _first_class(div) not in _SECTION_CLASSES:
        return None
    heading = _heading(div)
    if heading is None:
        return None
    for anchor in heading.iter("a"):
        anchor_id = anchor.get("id")
        if anchor_id and not _GENERATED_ID.fullmatch(anchor_id):
            return anchor_id
    return None


def _target_of(href: str) -> str:
    page, _, fragment = href.partition("#")
    if fragment:
        return fragment
    name = page.rsplit("/", 1)[-1]
    return name[:-5] if name.endswith(".html") else name


class ChtmlDialect(Dialect):
    """What the XHTML of DocBook XSL 1.78.1 (DICOM customization) means."""

    def block_kind(self, el: Element) -> BlockKind | None:
        """See ``Dialect``."""
        tag = el.tag
        if tag == "p":
            return BlockKind.TITLE if "title" in _classes(el) else BlockKind.PARA
        if tag == "div":
            cls = _first_class(el)
            if cls in _SECTION_CLASSES:
                return BlockKind.SECTION if section_id(el) else BlockKind.CONTAINER
            return _DIV_KINDS.get(cls, BlockKind.CONTAINER)
        if tag in _HEADINGS:
            return BlockKind.TITLE
        if tag == "dl":
            return BlockKind.VARLIST
        if tag in ("ul", "ol"):
            return BlockKind.LIST
        if tag == "blockquote":
            return BlockKind.CONTAINER
        if tag in _SKIP_TAGS:
            return BlockKind.SKIP
        if tag == "br" and "table-break" in _classes(el):
            return BlockKind.SKIP
        return None

    def inline_kind(self, el: Element) -> InlineKind:
        """See ``Dialect``."""
        tag = el.tag
        if tag == "span":
            classes = _classes(el)
            if "italic" in classes or "emphasis" in classes:
                return InlineKind.ITALIC
            return InlineKind.TEXT
        if tag in ("em", "i"):
            return InlineKind.ITALIC
        if tag == "a":
            if el.get("href") and {"xref", "olink", "link"} & set(_classes(el)):
                return InlineKind.LINK
            if "footnote" in _classes(el):
                return InlineKind.SKIP
            return InlineKind.TEXT
        if tag == "br":
            return InlineKind.BREAK
        if tag == "sup" and any("footnote" in _classes(a) for a in el.iter("a")):
            return InlineKind.SKIP
        if tag in _SKIP_TAGS or tag == "math" or not isinstance(tag, str):
            return InlineKind.SKIP
        return InlineKind.TEXT

    def link(self, el: Element) -> LinkInfo:
        """See ``Dialect``."""
        href = el.get("href") or ""
        classes = _classes(el)
        if "link" in classes and _SCHEME.match(href):
            return LinkInfo(None, url=href)
        target = _target_of(href)
        document: str | None = None
        if "olink" in classes:
            page = href.partition("#")[0]
            for segment in reversed(page.split("/")[:-1]):
                match = _PART_DIR.fullmatch(segment)
                if match:
                    document = document_name(int(match.group(1)))
                    break
        if "xref" in classes:
            # a same-Part reference: the page shows the text its xrefstyle generated
            return LinkInfo(target, document, generated=True, rendered=True)
        if "olink" in classes:
            return LinkInfo(target, document, generated=is_generated(target))
        return LinkInfo(target, document)

    def list_parts(self, el: Element) -> ListParts:
        """See ``Dialect``."""
        if el.tag in ("ul", "ol"):
            items = el.findall("li")
            return ListParts(None, items, el.tag == "ol", [_item_id(li) for li in items])
        title = next((p for p in el.iterchildren("p") if "title" in _classes(p)), None)
        items = []
        for child in el.iterchildren("ul", "ol"):
            items.extend(child.iterchildren("li"))
        ordered = _first_class(el) == "orderedlist"
        return ListParts(_strong(title), items, ordered, [_item_id(li) for li in items])

    def varlist_parts(self, el: Element) -> VarListParts:
        """See ``Dialect``."""
        if el.tag == "dl":
            return VarListParts(None, self._entries(el), glossary=True)
        title = next((p for p in el.iterchildren("p") if "title" in _classes(p)), None)
        entries: list[tuple[list[Element], list[Element]]] = []
        for dl in el.iterchildren("dl"):
            entries.extend(self._entries(dl))
        return VarListParts(_strong(title), entries)

    @staticmethod
    def _entries(dl: Element) -> list[tuple[list[Element], list[Element]]]:
        entries: list[tuple[list[Element], list[Element]]] = []
        previous = ""
        for child in dl:
            if child.tag == "dt":
                if previous == "dt" and entries:
                    entries[-1][0].append(child)
                else:
                    entries.append(([child], []))
                previous = "dt"
            elif child.tag == "dd" and entries:
                entries[-1][1].append(child)
                previous = "dd"
        return entries

    def table_parts(self, el: Element) -> TableParts:
        """See ``Dialect``."""
        anchor = next((a for a in el.iterchildren("a") if a.get("id")), None)
        informal = _first_class(el) == "informaltable"
        caption = None
        if not informal:
            caption = next((p for p in el.iterchildren("p") if "title" in _classes(p)), None)
        table = el.find("table")
        if table is None:
            contents = el.find("div")
            table = contents.find("table") if contents is not None else None
        if table is None:
            name = anchor.get("id") if anchor is not None else "without an id"
            raise ParseError(f"table {name!r} is broken: it holds no <table> element")
        head: list[list[Element]] = []
        body: list[list[Element]] = []
        if table is not None:
            for child in table:
                if child.tag == "thead":
                    head.extend(self._cells(r) for r in child.iterchildren("tr"))
                elif child.tag in ("tbody", "tfoot"):
                    body.extend(self._cells(r) for r in child.iterchildren("tr"))
                elif child.tag == "tr":
                    body.append(self._cells(child))
        return TableParts(
            id=anchor.get("id") if anchor is not None else None,
            label="" if informal else None,
            caption=caption,
            head=head,
            body=body,
        )

    @staticmethod
    def _cells(row: Element) -> list[Element]:
        return [c for c in row if c.tag in ("td", "th")]

    def span(self, cell: Element) -> tuple[int, int]:
        """See ``Dialect``."""
        return (
            span_value(cell.get("rowspan"), MAX_ROWSPAN, "rowspan"),
            span_value(cell.get("colspan"), MAX_COLSPAN, "colspan"),
        )

    def targets(self, el: Element) -> Iterator[tuple[str, Target]]:
        """See ``Dialect``: figures and bibliography entries with an id."""
        for div in el.iter("div"):
            cls = _first_class(div)
            if cls not in ("figure", "biblioentry", "bibliomixed"):
                continue
            anchor = next((a for a in div.iterchildren("a") if a.get("id")), None)
            if anchor is None:
                continue
            anchor_id = anchor.get("id") or ""
            if cls == "figure":
                title = next((p for p in div.iterchildren("p") if "title" in _classes(p)), None)
                text = plain_text(title) if title is not None else ""
                label, caption = split_label(text, anchor_id, "Figure")
                yield anchor_id, Target(label, caption)
            else:
                abbrev = next(
                    (a for a in div.iter("abbr", "span") if "abbrev" in _classes(a)),
                    None,
                )
                label = plain_text(abbrev) if abbrev is not None else ""
                yield anchor_id, Target(label, "")


def _item_id(li: Element) -> str | None:
    """The id of a list item: DocBook XSL writes it as the first anchor of its first
    paragraph (``<li><p><a id="note_A.26.3_6"/><a id="para_..."/>``), or on the ``li``."""
    if li.get("id"):
        return li.get("id")
    first = next(li.iterchildren("p"), None)
    if first is None or (first.text or "").strip():
        return None
    anchor = next(iter(first), None)
    if anchor is None or anchor.tag != "a" or anchor.get("href"):
        return None
    anchor_id = anchor.get("id") or ""
    return anchor_id if anchor_id and not anchor_id.startswith("para_") else None


def _strong(title: Element | None) -> Element | None:
    """A list title ``<p class="title"><strong>T</strong></p>`` -> its ``strong``."""
    if title is None:
        return None
    strong = title.find("strong")
    return strong if strong is not None else title


@dataclass(slots=True)
class _Page:
    """One page: its navigation, and once read, its sections and tables."""

    name: str
    path: Path
    root: Element | None
    part: int | None
    edition: str | None
    up: str | None
    next: str | None
    prev: str | None
    root_id: str | None = None
    sections: list[tuple[Section, bool]] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)


class ChtmlReader:
    """Reads a folder of chunked HTML pages (``.../chtml/partNN``) into a ``Document``.

    ``part`` and ``edition``, when given, are what the caller expects: a folder of
    another Part or edition is refused with a ``ReaderError``. ``edition`` is
    needed when the folder is not laid out as the publisher's
    (``<edition>/output/chtml/partNN``). Pages are parsed one at a time and
    dropped once read.
    """

    def __init__(self, part: int | None = None, edition: str | None = None) -> None:
        self.part = part
        self.edition = edition
        self._parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
            remove_comments=True,
            remove_pis=True,
        )

    def read(self, folder: Path) -> Document:
        """Read every ``*.html`` page of ``folder``."""
        folder = Path(folder)
        if not folder.is_dir():
            msg = f"{folder}: no such folder of chunked HTML pages"
            raise ReaderError(msg)
        paths = sorted(folder.glob("*.html"))
        if not paths:
            msg = f"{folder}: no HTML pages"
            raise ReaderError(msg)
        pages: dict[str, _Page] = {}
        unread: list[_Page] = []
        flow: Flow | None = None
        for path in paths:
            page = self._page(path)
            pages[page.name] = page
            if page.part is not None and self.part is not None and page.part != self.part:
                msg = f"{path}: is a page of PS3.{page.part}, not PS3.{self.part}"
                raise ReaderError(msg)
            if flow is None and page.part is not None:
                flow = Flow(ChtmlDialect(), document_name(page.part), str(folder))
            unread.append(page)
            if flow is not None:
                for waiting in unread:
                    self._read_page(waiting, flow)
                unread.clear()
        part = self._part(folder, pages)
        edition = self._edition(folder, pages)
        if flow is None:
            flow = Flow(ChtmlDialect(), document_name(part), str(folder))
            for waiting in unread:
                self._read_page(waiting, flow)
        order, missing = self._order(part, pages)
        roots = {name: page.root_id for name, page in pages.items()}
        sections: dict[str, Section] = {}
        table_ids: list[str] = []
        for name in order:
            page = pages[name]
            parent = self._parent(page, roots, part)
            for section, top in page.sections:
                if top:
                    section = replace(section, parent_id=parent)
                known = sections.get(section.id)
                if known is None:
                    sections[section.id] = section
                elif known != section:
                    msg = f"{page.path}: section id {section.id!r} occurs twice, differently"
                    raise ParseError(msg)
            table_ids.extend(page.tables)
        if not sections:
            msg = f"{folder}: no sections in its HTML pages (not a chunked HTML Part)"
            raise ReaderError(msg)
        tables = {t: flow.tables[t] for t in table_ids}
        resolved, tables = resolve_all(flow.targets, sections, tables)
        return Document(
            part=part,
            edition=edition,
            format="chtml",
            source=str(folder),
            sections=resolved,
            tables=tables,
            missing=tuple(sorted(missing)),
        )

    def _read_page(self, page: _Page, flow: Flow) -> None:
        """Read the sections and tables of a page, then drop its tree."""
        flow.source = str(page.path)
        before = len(flow.table_order)
        body = page.root.find("body") if page.root is not None else None
        if body is not None:
            try:
                for div in self._sections_in(body):
                    self._section(div, None, flow, page.sections)
            except RecursionError:
                msg = f"{page.path}: elements nested too deeply to read; refused"
                raise ReaderError(msg) from None
        page.root_id = page.sections[0][0].id if page.sections else None
        page.tables = flow.table_order[before:]
        page.root = None

    # -- pages --------------------------------------------------------------

    def _page(self, path: Path) -> _Page:
        try:
            tree = etree.parse(str(path), self._parser)
        except etree.XMLSyntaxError as exc:
            raise ReaderError(syntax_error(str(path), exc, "a well-formed XHTML page")) from None
        except OSError as exc:
            msg = f"{path}: cannot read the page ({exc})"
            raise ReaderError(msg) from None
        root = tree.getroot()
        if declares_entities(tree):
            msg = f"{path}: declares entities in its DOCTYPE; refused"
            raise ReaderError(msg)
        if root.tag not in (f"{{{XHTML_NS}}}html", "html"):
            msg = f"{path}: not an XHTML page (root element is {root.tag!r})"
            raise ReaderError(msg)
        for el in root.iter():
            tag = el.tag
            if isinstance(tag, str) and tag[:1] == "{":
                el.tag = tag.partition("}")[2]
        part: int | None = None
        edition: str | None = None
        for span in root.iter("span", "h2"):
            if "documentreleaseinformation" in _classes(span) or "subtitle" in _classes(span):
                match = _RELEASE.search(plain_text(span))
                if match:
                    part = int(match.group(1))
                    edition = match.group(2)
                    break
        links: dict[str, str] = {}
        head = root.find("head")
        if head is not None:
            for link in head.iterchildren("link"):
                rel, href = link.get("rel"), link.get("href")
                if rel and href:
                    links.setdefault(rel, href.partition("#")[0])
        return _Page(
            path.name,
            path,
            root,
            part,
            edition,
            links.get("up"),
            links.get("next"),
            links.get("prev"),
        )

    def _part(self, folder: Path, pages: dict[str, _Page]) -> int:
        found = {p.part for p in pages.values() if p.part is not None}
        if not found:
            homes = [n for n in pages if re.fullmatch(r"PS3\.\d+\.html", n)]
            found = {int(n[4:-5]) for n in homes}
        if not found:
            msg = f"{folder}: no page names the Part of DICOM it belongs to"
            raise ReaderError(msg)
        if len(found) > 1:
            strays = sorted(p.path.name for p in pages.values() if p.part != min(found))
            msg = f"{folder}: pages of several Parts {sorted(found)}, e.g. {strays[:3]}"
            raise ReaderError(msg)
        part = found.pop()
        if self.part is not None and part != self.part:
            msg = f"{folder}: is PS3.{part}, not PS3.{self.part}"
            raise ReaderError(msg)
        return part

    def _edition(self, folder: Path, pages: dict[str, _Page]) -> str:
        stated = {p.edition for p in pages.values() if p.edition}
        if len(stated) > 1:
            msg = f"{folder}: pages of several editions {sorted(stated)}"
            raise ReaderError(msg)
        edition = stated.pop() if stated else None
        if edition is None:
            # the publisher's layout: <edition>/output/chtml/partNN
            parts = folder.resolve().parts
            laid_out = len(parts) >= 4 and parts[-3:-1] == ("output", "chtml")
            if laid_out and _EDITION.fullmatch(parts[-4]):
                edition = parts[-4]
        if edition is None:
            edition = self.edition
        if edition is None:
            msg = (
                f"{folder}: the pages do not state their edition and the folder is not "
                "laid out as <edition>/output/chtml/partNN; pass the edition"
            )
            raise ReaderError(msg)
        if self.edition is not None and edition != self.edition:
            msg = f"{folder}: is edition {edition}, not {self.edition}"
            raise ReaderError(msg)
        return edition

    @staticmethod
    def _order(part: int, pages: dict[str, _Page]) -> tuple[list[str], set[str]]:
        """Pages in reading order (along ``next`` links), and the missing pages named."""
        missing = {
            ref
            for p in pages.values()
            for ref in (p.up, p.next, p.prev)
            if ref and "/" not in ref and ref not in pages
        }
        after_missing = {p.prev: p.name for p in pages.values() if p.prev in missing}
        home = f"PS3.{part}.html"
        heads = [home] if home in pages else []
        heads += sorted(n for n in pages if pages[n].prev is None or pages[n].prev not in pages)
        order: list[str] = []
        seen: set[str] = set()
        for head in heads:
            name: str | None = head
            while name is not None and name not in seen:
                if name not in pages:
                    name = after_missing.get(name)
                    continue
                seen.add(name)
                order.append(name)
                name = pages[name].next
        order += sorted(n for n in pages if n not in seen)
        return order, missing

    @staticmethod
    def _parent(page: _Page, roots: dict[str, str | None], part: int) -> str | None:
        """The parent of a page's top section: the top section of its ``up`` page."""
        if not page.up or page.up == f"PS3.{part}.html":
            return None
        return roots.get(page.up) or _target_of(page.up)

    @staticmethod
    def _sections_in(container: Element) -> Iterator[Element]:
        """Section ``div``s directly in ``container``, looking through plain containers."""
        for child in container:
            if child.tag != "div":
                continue
            if section_id(child):
                yield child
            elif _first_class(child) not in _DIV_KINDS:
                yield from ChtmlReader._sections_in(child)

    def _section(
        self,
        div: Element,
        parent: str | None,
        flow: Flow,
        out: list[tuple[Section, bool]],
    ) -> None:
        sid = section_id(div)
        heading = _heading(div)
        if sid is None or heading is None:
            return
        label, title = split_label(flow.inline_text(heading), sid)
        flow.open_section(sid)
        blocks = tuple(to_blocks(flow.contents(div, sid)))
        out.append((Section(sid, label, title, parent, blocks), parent is None))
        flow.targets[sid] = Target(label, title)
        for sub in self._sections_in(div):
            self._section(sub, sid, flow, out)
