"""A downloaded file is what it claims to be, read to its end, before it is cached.

:mod:`generator.sources.checks` looks at the first kilobytes; these read the whole
file, so that a body cut short (with or without a ``Content-Length``), corrupted
bytes that break the markup, or an error page served with ``200`` never reach the
cache as complete:

- a DocBook Part (``partNN.xml``) parses to its end and its ``book`` is labelled
  ``PS3.N`` of the Part asked for; a subtitle that states an edition states the one
  asked for;
- a chunked HTML page parses to its end as XHTML, its banner names the Part asked
  for (and the edition, when it states one), and a page named after a section
  (``sect_B.5.html``, ``chapter_A.html``) holds the anchor of that section.

Entities are never expanded, no DTD is loaded and the network is never used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from generator.sources.checks import HEAD_BYTES, check_docbook, check_html

DOCBOOK_NS = "http://docbook.org/ns/docbook"
XHTML_NS = "http://www.w3.org/1999/xhtml"
_BOOK = f"{{{DOCBOOK_NS}}}book"
_SUBTITLE = f"{{{DOCBOOK_NS}}}subtitle"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_BANNER = re.compile(r"DICOM\s+PS3\.(\d+)(?:\s+(\d{4}[a-z]))?\s+-")
_NAMED_PAGE = re.compile(r"(?:sect|chapter)_.+")

Verify = Callable[[Path], str | None]
"""Reads a whole downloaded file; returns what is wrong with it, or ``None``."""


def _syntax(error: etree.XMLSyntaxError) -> str:
    line = error.lineno if error.lineno else error.position[0]
    message = " ".join(str(error.msg or error).split(", line ")[0].split())
    return f"{message} (line {line})"


def _text(el: etree._Element) -> str:
    return " ".join("".join(str(piece) for piece in el.itertext()).split())


def _head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(HEAD_BYTES)


def verify_docbook(path: Path, part: int, edition: str) -> str | None:
    """``None`` if ``path`` is the whole DocBook XML of PS3.``part`` of ``edition``."""
    problem = check_docbook(_head(path))
    if problem is not None:
        return problem
    context = etree.iterparse(
        str(path),
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
    )
    root: etree._Element | None = None
    try:
        for event, el in context:
            if root is None:
                root = el
                if el.tag != _BOOK:
                    return f"is not DocBook XML: its root element is {el.tag}, not book"
                label = " ".join((el.get("label") or el.get(_XML_ID) or "").split())
                if label != f"PS3.{part}":
                    return f"is not PS3.{part}: its book is labelled {label!r}"
                continue
            if event != "end":
                continue
            if el.tag == _SUBTITLE and el.getparent() is root:
                match = _BANNER.search(_text(el))
                if match and match.group(2) and match.group(2) != edition:
                    return f"is edition {match.group(2)}, not {edition}"
            if el.getparent() is root:
                el.clear()
                while el.getprevious() is not None:
                    del root[0]
    except etree.XMLSyntaxError as error:
        return f"is not well-formed XML: {_syntax(error)}"
    if root is None:
        return "is empty"
    return None


def verify_html(path: Path, part: int, edition: str) -> str | None:
    """``None`` if ``path`` is a whole chunked HTML page of PS3.``part`` of ``edition``."""
    problem = check_html(_head(path))
    if problem is not None:
        return problem
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as error:
        return f"is not a whole XHTML page: {_syntax(error)}"
    if etree.QName(root).localname != "html":
        return f"is not an HTML page: its root element is {root.tag}"
    banner = next(
        (
            _text(span)
            for span in root.iter(f"{{{XHTML_NS}}}span", "span")
            if "documentreleaseinformation" in (span.get("class") or "").split()
        ),
        None,
    )
    match = _BANNER.search(banner or "")
    if match is None:
        return "is not a page of the DICOM standard (no 'DICOM PS3.N' banner)"
    if int(match.group(1)) != part:
        return f"is a page of PS3.{match.group(1)}, not PS3.{part}"
    if match.group(2) and match.group(2) != edition:
        return f"is a page of edition {match.group(2)}, not {edition}"
    stem = path.name.removesuffix(".part").removesuffix(".html")
    if _NAMED_PAGE.fullmatch(stem) and not root.xpath("//*[@id=$id]", id=stem):
        return f"does not hold the section it is named after ({stem})"
    return None


def verifier(fmt: str, part: int, edition: str) -> Verify:
    """The whole-file check of a download of ``fmt`` (a page's ``.part`` file counts as it)."""
    if fmt == "docbook":
        return lambda path: verify_docbook(path, part, edition)
    return lambda path: verify_html(path, part, edition)
