"""The whole build on the real standard: generated/ is reproduced byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.defaults import DEFAULT_EDITION, DEFAULT_FORMAT, default_overlays
from generator.ir.standard import Standard
from generator.render.files import RenderedFile
from generator.render.package import render_package
from generator.write.tree import write_tree
from tests.conftest import REPO_ROOT
from tests.generator.overlays import builds


@pytest.fixture(scope="module")
def standard(mirror_root: Path) -> Standard:
    """The default build, shared with the overlay and diff tests (read once per session)."""
    assert (DEFAULT_EDITION, DEFAULT_FORMAT) == (builds.EDITION, "chtml")
    return builds.standard(mirror_root, default_overlays(DEFAULT_EDITION))


@pytest.fixture(scope="module")
def rendered(standard: Standard) -> list[RenderedFile]:
    return render_package(standard, [])


@pytest.mark.slow
def test_committed_generated_tree_is_reproduced(
    mirror_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["generate", "--check", "--mirror", str(mirror_root)])
    output = capsys.readouterr()
    assert status == 0, output.out + output.err
    assert "would write 0 files" in output.out
    assert "0 stale deleted" in output.out
    assert (REPO_ROOT / "generated" / "dicomodel" / "_build.py").is_file()


def test_rendering_is_deterministic(standard: Standard, rendered: list[RenderedFile]) -> None:
    again = render_package(standard, [])
    assert again == rendered
    assert len({file.path for file in rendered}) == len(rendered)


def test_ir_json_is_deterministic_and_round_trips(standard: Standard) -> None:
    text = standard.to_json()
    again = Standard.from_json(text)
    assert again == standard
    assert again.to_json() == text
    assert standard.edition == "2024c"
    assert standard.dictionary is not None
    assert standard.dictionary.source == "pydicom"
    assert [element.tag for element in standard.data_elements] == sorted(
        element.tag for element in standard.data_elements
    )
    assert str(REPO_ROOT) not in text


def test_write_keeps_unchanged_and_deletes_stale(
    rendered: list[RenderedFile], tmp_path: Path, mirror_root: Path
) -> None:
    subset = [file for file in rendered if file.path.startswith("dicomodel/iods/")]
    first = write_tree(subset, tmp_path, check=False)
    assert len(first.written) == len(subset)
    stale = tmp_path / "dicomodel" / "iods" / "stale_module.py"
    stale.write_text("x = 1\n")
    second = write_tree(subset, tmp_path, check=False)
    assert (second.written, second.deleted) == ([], ["dicomodel/iods/stale_module.py"])
    assert second.unchanged == len(subset)
    assert not stale.exists()
    build = next(file for file in rendered if file.path == "dicomodel/_build.py").content
    assert "do not edit" in build
    assert str(mirror_root) not in build


def test_check_reports_differences_and_writes_nothing(
    rendered: list[RenderedFile], tmp_path: Path
) -> None:
    subset = [file for file in rendered if file.path == "dicomodel/_build.py"]
    report = write_tree(subset, tmp_path / "generated", check=True)
    assert report.changed
    assert report.written == ["dicomodel/_build.py"]
    assert not (tmp_path / "generated").exists()


def test_unknown_edition_is_one_clear_line(
    mirror_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ir", "--edition", "2099z", "--mirror", str(mirror_root), "--out", "x.json"]) == 2
    err = capsys.readouterr().err
    # the phase that stopped (one line in a log), then the error: one line
    errors = [line for line in err.splitlines() if line.startswith("dicomodel-gen ir: error:")]
    assert len(errors) == 1
    assert err.splitlines()[-1] == errors[0]
    assert "2099z" in errors[0]
