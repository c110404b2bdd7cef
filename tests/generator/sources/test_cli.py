"""``dicomodel-gen fetch`` end to end through :func:`generator.cli.main`.

Only the ``fetch`` command is registered here, so that these tests do not depend on
the state of the other commands.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import cli
from tests.generator.sources.mirror_server import MirrorServer, serve

pytestmark = pytest.mark.network


@pytest.fixture(autouse=True)
def only_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("fetch",))


@pytest.fixture
def server(mirror_root: Path) -> Iterator[MirrorServer]:
    with serve(mirror_root) as state:
        yield state


def test_fetch_over_http_then_from_the_cache(
    server: MirrorServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["fetch", "--edition", "2024c", "--parts", "15", "--format", "docbook"]
    argv += ["--mirror", server.url]
    argv += ["--cache-dir", str(tmp_path)]
    assert cli.main(argv) == 0
    out, err = capsys.readouterr()
    assert err == "", "no progress bar when stderr is not a terminal"
    lines = out.splitlines()
    assert lines[0] == f"DICOM 2024c, DocBook, from {server.url}"
    assert "PS3.15" in lines[1]
    assert "1 downloaded, 0 cached" in lines[1]
    assert lines[1].endswith("2024c/source/docbook/part15/part15.xml")
    assert lines[2].startswith("1 files, 3.2 MB: 1 downloaded (3.2 MB), 0 already cached, in ")
    assert cli.main(argv) == 0
    out, _ = capsys.readouterr()
    assert "0 downloaded, 1 cached" in out
    assert server.count() == 1


def test_fetch_chtml_from_a_directory_mirror(
    mirror_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["fetch", "--edition", "current", "--parts", "6,15", "--format", "chtml"]
    argv += ["--mirror", str(mirror_root), "--cache-dir", str(tmp_path / "cache")]
    assert cli.main(argv) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == f"DICOM 2024c, chunked HTML, from {mirror_root.resolve()}"
    assert "   87 files" in out
    assert out.splitlines()[-1].startswith("102 files, ")
    assert "read in place (nothing copied)" in out
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--parts", "3,x"], "invalid parts list '3,x': expected Part numbers 1-99"),
        (["--edition", "24c"], "invalid edition '24c': expected a year and a letter"),
        (["--mirror", "{tmp}/nowhere"], "mirror {tmp}/nowhere does not exist"),
        (["--edition", "2099z", "--mirror", "{url}"], "edition 2099z is not published at {url}"),
        (
            ["--parts", "3", "--format", "docbook", "--mirror", "{url}"],
            "PS3.3 is not published as DocBook in edition 2024c at {url}",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(
    args: list[str],
    message: str,
    server: MirrorServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def fill(text: str) -> str:
        return text.format(tmp=tmp_path, url=server.url)

    argv = ["fetch", "--edition", "2024c", "--cache-dir", str(tmp_path / "cache")]
    argv += [fill(arg) for arg in args]
    assert cli.main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"dicomodel-gen fetch: error: {fill(message)}")


def test_unknown_format_is_refused_by_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["fetch", "--format", "pdf"])
    assert caught.value.code == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err
