"""Both readers refuse what is not the document it claims to be, naming the file."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.errors import ParseError, ReaderError
from generator.readers import ChtmlReader, DocBookReader, read_document

SECRET = "TOP-SECRET-5c1f"

DOCBOOK = """<?xml version="1.0" encoding="utf-8"?>
{doctype}
<book xmlns="http://docbook.org/ns/docbook" label="PS3.15" version="5.0">
  <subtitle>DICOM PS3.15 2099a - Security</subtitle>
  <chapter label="1" xml:id="chapter_1"><title>One</title>
    <para>Leak: {payload}.</para>
    <table label="1-1" xml:id="table_1-1"><caption>T {payload}</caption>
      <tbody><tr><td><para>{payload}</para></td></tr></tbody></table>
  </chapter>
</book>
"""

XHTML = """<?xml version="1.0" encoding="UTF-8"?>
{doctype}
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>
<table><tr><th><span class="documentreleaseinformation">DICOM PS3.15 - Security</span>
</th></tr></table>
{body}
</body></html>
"""

SECTION = (
    '<div class="chapter"><div class="titlepage"><div><div><h1 class="title">'
    '<a id="chapter_1"></a>1 One</h1></div></div></div><p>Leak: {payload}.</p></div>'
)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def _raises_without_leak(read: object, path: Path, match: str) -> None:
    assert callable(read)
    with pytest.raises(ReaderError, match=match) as info:
        read(path)
    assert str(path) in str(info.value)
    assert SECRET not in str(info.value)


# -- DocBook --------------------------------------------------------------------


def test_docbook_not_xml(tmp_path: Path) -> None:
    path = tmp_path / "part15.xml"
    path.write_text("%PDF-1.7 this is not XML", encoding="utf-8")
    _raises_without_leak(DocBookReader().read, path, "not well-formed XML")


def test_docbook_not_docbook(tmp_path: Path) -> None:
    path = tmp_path / "part15.xml"
    path.write_text('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>')
    _raises_without_leak(DocBookReader().read, path, "not a DocBook book")


def test_docbook_without_namespace(tmp_path: Path) -> None:
    path = tmp_path / "part15.xml"
    path.write_text('<book label="PS3.15"><chapter/></book>', encoding="utf-8")
    _raises_without_leak(DocBookReader().read, path, "not a DocBook book")


def test_docbook_not_a_part(tmp_path: Path) -> None:
    path = tmp_path / "book.xml"
    path.write_text(
        '<book xmlns="http://docbook.org/ns/docbook" label="Manual"/>', encoding="utf-8"
    )
    _raises_without_leak(DocBookReader().read, path, "not a Part of DICOM")


def test_docbook_wrong_part_fails_at_once(mirror_root: Path) -> None:
    path = mirror_root / "2024c/source/docbook/part15/part15.xml"
    start = time.process_time()
    _raises_without_leak(DocBookReader(part=3).read, path, r"is PS3\.15, not PS3\.3")
    assert time.process_time() - start < 0.1  # decided on the root element


def test_docbook_wrong_edition(mirror_root: Path) -> None:
    path = mirror_root / "2020b/source/docbook/part04/part04.xml"
    _raises_without_leak(DocBookReader(edition="2020c").read, path, "is edition 2020b, not 2020c")


def test_docbook_missing_file(tmp_path: Path) -> None:
    _raises_without_leak(DocBookReader().read, tmp_path / "part15.xml", "no such DocBook file")


def test_docbook_truncated(mirror_root: Path, tmp_path: Path) -> None:
    text = (mirror_root / "2024c/source/docbook/part15/part15.xml").read_bytes()
    path = tmp_path / "part15.xml"
    path.write_bytes(text[: len(text) // 2])
    _raises_without_leak(DocBookReader().read, path, "not well-formed XML")


def test_docbook_xxe_file_entity(tmp_path: Path, secret: Path) -> None:
    doctype = f'<!DOCTYPE book [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    path = tmp_path / "part15.xml"
    path.write_text(DOCBOOK.format(doctype=doctype, payload="&xxe;"), encoding="utf-8")
    _raises_without_leak(DocBookReader().read, path, "declares entities")


def test_docbook_entity_expansion_bomb(tmp_path: Path) -> None:
    lol = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    path = tmp_path / "part15.xml"
    path.write_text(DOCBOOK.format(doctype=f"<!DOCTYPE book [{lol}]>", payload="&a9;"))
    start = time.process_time()
    _raises_without_leak(DocBookReader().read, path, "declares entities")
    assert time.process_time() - start < 1.0


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []  # noqa: RUF012

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = f'<!ENTITY xxe "{SECRET}">'.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def loopback() -> Iterator[str]:
    _Recorder.requests = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_docbook_external_dtd_is_never_fetched(tmp_path: Path, loopback: str) -> None:
    doctype = f'<!DOCTYPE book SYSTEM "{loopback}/evil.dtd">'
    path = tmp_path / "part15.xml"
    path.write_text(DOCBOOK.format(doctype=doctype, payload="&xxe;"), encoding="utf-8")
    _raises_without_leak(DocBookReader().read, path, "entity reference &xxe; is not allowed")
    assert _Recorder.requests == []


def test_docbook_parameter_entity_is_never_fetched(tmp_path: Path, loopback: str) -> None:
    doctype = f'<!DOCTYPE book [<!ENTITY % ext SYSTEM "{loopback}/evil.dtd"> %ext;]>'
    path = tmp_path / "part15.xml"
    path.write_text(DOCBOOK.format(doctype=doctype, payload="&xxe;"), encoding="utf-8")
    with pytest.raises(ReaderError) as info:
        DocBookReader().read(path)
    assert SECRET not in str(info.value)
    assert _Recorder.requests == []


# -- chunked HTML ---------------------------------------------------------------


def test_chtml_empty_folder(tmp_path: Path) -> None:
    _raises_without_leak(ChtmlReader().read, tmp_path, "no HTML pages")


def test_chtml_missing_folder(tmp_path: Path) -> None:
    _raises_without_leak(ChtmlReader().read, tmp_path / "nope", "no such folder")


def test_chtml_page_not_xml(tmp_path: Path) -> None:
    page = tmp_path / "chapter_1.html"
    page.write_text("<html><body><p>unclosed<br></body></html>", encoding="utf-8")
    with pytest.raises(ReaderError, match="not a well-formed XHTML page") as info:
        ChtmlReader().read(tmp_path)
    assert str(page) in str(info.value)


def test_chtml_page_not_xhtml(tmp_path: Path) -> None:
    page = tmp_path / "chapter_1.html"
    page.write_text('<book xmlns="http://docbook.org/ns/docbook"/>', encoding="utf-8")
    with pytest.raises(ReaderError, match="not an XHTML page") as info:
        ChtmlReader().read(tmp_path)
    assert str(page) in str(info.value)


def test_chtml_without_sections(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        XHTML.format(doctype="", body="<p>Hello</p>"), encoding="utf-8"
    )
    _raises_without_leak(ChtmlReader(edition="2099a").read, tmp_path, "no sections")


def test_chtml_wrong_part(mirror_root: Path) -> None:
    folder = mirror_root / "2024c/output/chtml/part15"
    with pytest.raises(ReaderError, match=r"page of PS3\.15, not PS3\.3") as info:
        ChtmlReader(part=3).read(folder)
    assert str(folder) in str(info.value)


def test_chtml_pages_of_two_parts(mirror_root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "2024c/output/chtml/part15"
    folder.mkdir(parents=True)
    for page in ("chapter_1.html", "chapter_2.html"):
        src = mirror_root / "2024c/output/chtml/part15" / page
        (folder / page).write_bytes(src.read_bytes())
    stray = mirror_root / "2024c/output/chtml/part06/chapter_7.html"
    (folder / "chapter_7.html").write_bytes(stray.read_bytes())
    _raises_without_leak(ChtmlReader().read, folder, "several Parts")


def test_chtml_xxe(tmp_path: Path, secret: Path) -> None:
    doctype = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    page = tmp_path / "chapter_1.html"
    page.write_text(XHTML.format(doctype=doctype, body=SECTION.format(payload="&xxe;")))
    with pytest.raises(ReaderError, match="declares entities") as info:
        ChtmlReader(edition="2099a").read(tmp_path)
    assert SECRET not in str(info.value)


def test_chtml_external_dtd_is_never_fetched(tmp_path: Path, loopback: str) -> None:
    doctype = f'<!DOCTYPE html SYSTEM "{loopback}/evil.dtd">'
    page = tmp_path / "chapter_1.html"
    page.write_text(XHTML.format(doctype=doctype, body=SECTION.format(payload="&xxe;")))
    with pytest.raises(ReaderError, match="not allowed") as info:
        ChtmlReader(edition="2099a").read(tmp_path)
    assert SECRET not in str(info.value)
    assert _Recorder.requests == []


# -- dispatch -------------------------------------------------------------------


def test_read_document_dispatch(mirror_root: Path, tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="neither a DocBook file nor a folder"):
        read_document(tmp_path / "absent")
    doc = read_document(mirror_root / "2024c/output/chtml/part15", part=15)
    assert doc.format == "chtml"


BROKEN_TABLE = (
    '<div class="chapter"><div class="titlepage"><div><div><h1 class="title">'
    '<a id="chapter_1"></a>1 One</h1></div></div></div>'
    '<div class="table"><a id="table_1-1"></a><p class="title"><strong>Table 1-1. T</strong></p>'
    "{contents}</div></div>"
)


@pytest.mark.parametrize(
    ("contents", "message"),
    [
        ("", r"table 'table_1-1' is broken: it holds no <table> element"),
        (
            '<div class="table-contents"><table><tbody><tr><td rowspan="two">x</td></tr>'
            "</tbody></table></div>",
            r"line \d+: table 'table_1-1' is broken: rowspan 'two' is not a count",
        ),
        (
            '<div class="table-contents"><table><tbody><tr><td>x</td></tbody></table></div>',
            "not a well-formed XHTML page",
        ),
    ],
)
def test_chtml_broken_table(tmp_path: Path, contents: str, message: str) -> None:
    page = tmp_path / "chapter_1.html"
    body = BROKEN_TABLE.format(contents=contents)
    page.write_text(XHTML.format(doctype="", body=body), encoding="utf-8")
    with pytest.raises((ReaderError, ParseError), match=message) as info:
        ChtmlReader(edition="2099a").read(tmp_path)
    assert str(page) in str(info.value)
