"""Cheap checks that a file is what it claims to be, on its first few kilobytes."""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from generator.sources.layout import SourceFormat

DOCBOOK_NS = "http://docbook.org/ns/docbook"
HEAD_BYTES = 8192


def _snippet(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:40].decode("utf-8", errors="replace")
    return repr(text) if text else "nothing"


def check_docbook(head: bytes) -> str | None:
    """``None`` if ``head`` begins an XML document whose root is DocBook's ``book``."""
    parser = etree.XMLPullParser(
        events=("start",), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    root: str | None = None
    try:
        parser.feed(head)
        for _event, element in parser.read_events():
            if isinstance(element, etree._Element):
                root = str(element.tag)
                break
    except etree.XMLSyntaxError:
        return f"is not XML (it starts with {_snippet(head)})"
    if root is None:
        if not head.strip():
            return "is empty"
        return f"is not DocBook XML: no root element in its first {len(head)} bytes"
    if root != f"{{{DOCBOOK_NS}}}book":
        return f"is not DocBook XML: its root element is {root}, not book"
    return None


def check_html(head: bytes) -> str | None:
    """``None`` if ``head`` begins an HTML or XHTML page."""
    text = head.decode("latin-1").lower()
    if "<html" not in text:
        return f"is not an HTML page (it starts with {_snippet(head)})"
    return None


def checker(fmt: SourceFormat) -> Callable[[bytes], str | None]:
    """The check of a downloaded file of format ``fmt``."""
    return check_docbook if fmt == "docbook" else check_html
