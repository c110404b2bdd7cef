"""The whole build on the real standard: generated/ is reproduced byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.defaults import DEFAULT_EDITION, DEFAULT_FORMAT
from generator.ir.standard import Standard
from generator.pipeline import BuildConfig, build_standard, read_parts
from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def standard(mirror_root: Path) -> Standard:
    config = BuildConfig(edition=DEFAULT_EDITION, format=DEFAULT_FORMAT, mirror=str(mirror_root))
    return build_standard(config, read_parts(config))


@pytest.mark.slow
def test_committed_generated_tree_is_reproduced(
    mirror_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["generate", "--check", "--mirror", str(mirror_root)])
    output = capsys.readouterr()
    assert status == 0, output.out + output.err
    assert "would write 0 files" in output.out
    assert (REPO_ROOT / "generated" / "dicomodel" / "_build.py").is_file()


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


def test_generate_writes_then_keeps_then_deletes_stale(
    mirror_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "generated"
    assert main(["generate", "--mirror", str(mirror_root), "--out", str(out)]) == 0
    first = capsys.readouterr().out
    assert "DICOM 2024c:" in first
    assert "0 unchanged" in first
    stale = out / "dicomodel" / "stale_module.py"
    stale.write_text("x = 1\n")
    assert main(["generate", "--mirror", str(mirror_root), "--out", str(out)]) == 0
    second = capsys.readouterr().out
    assert "wrote 0 files" in second
    assert "1 stale deleted" in second
    assert not stale.exists()
    build = (out / "dicomodel" / "_build.py").read_text()
    assert "do not edit" in build
    assert str(mirror_root) not in build


def test_check_fails_when_output_differs(
    mirror_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "generated"
    assert main(["generate", "--check", "--mirror", str(mirror_root), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "differs: dicomodel/_build.py" in captured.err
    assert not out.exists()


def test_unknown_edition_is_one_clear_line(
    mirror_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ir", "--edition", "2099z", "--mirror", str(mirror_root), "--out", "x.json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("dicomodel-gen ir: error:")
    assert "2099z" in err
