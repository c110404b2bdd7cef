"""``dicomodel validate``: exit status, text and JSON output, folders, parallel reading."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file

from dicomodel.cli import main

JSON_KEYS = {"file", "sop_class", "iod", "severity", "rule", "path", "tag", "message", "source"}


def _ct_path() -> Path:
    path = get_testdata_file("CT_small.dcm")
    assert path is not None
    return Path(path)


def _broken_ct(folder: Path) -> Path:
    dataset = pydicom.dcmread(_ct_path())
    del dataset.PatientPosition
    path = folder / "broken" / "ct.dcm"
    path.parent.mkdir(parents=True)
    dataset.save_as(path)
    return path


def test_valid_file_exits_0_and_lists_undecided_in_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate", str(_ct_path()), "--format", "json", "--jobs", "1"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records, "undecided findings are part of the JSON output"
    assert all(set(record) == JSON_KEYS for record in records)
    assert {record["severity"] for record in records} <= {"warning", "undecided"}
    assert all(record["iod"] == "CT Image" for record in records)


def test_error_exits_1_and_names_the_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _broken_ct(tmp_path)
    assert main(["validate", str(broken), "--format", "json", "--jobs", "1"]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    errors = [r for r in records if r["severity"] == "error"]
    assert [(r["tag"], r["rule"]) for r in errors] == [("(0018,5100)", "condition")]


def test_folder_is_walked_in_parallel_and_grouped_in_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _broken_ct(tmp_path)
    shutil.copy(_ct_path(), tmp_path / "good.dcm")
    assert main(["validate", str(tmp_path), "--jobs", "2"]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'broken' / 'ct.dcm'}: CT Image: 1 error" in out
    assert "PatientPosition (0018,5100)" in out
    assert out.rstrip().endswith("2 files: 1 with errors, 0 unreadable")


def test_unreadable_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.dcm"
    junk.write_bytes(b"not dicom at all")
    assert main(["validate", str(junk), "--jobs", "1"]) == 2
    assert "cannot be read" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "missing.dcm")]) == 2


def test_console_script_is_installed() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dicomodel.cli", "validate", str(_ct_path()), "--jobs", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "CT Image" in done.stdout
