"""Real release diffs, one Part each, through ``dicomodel-gen diff``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main


def _diff(mirror: Path, tmp_path: Path, before: str, after: str, part: int) -> dict[str, Any]:
    out = tmp_path / "diff.json"
    markdown = tmp_path / "diff.md"
    status = main(
        [
            "diff",
            "--from",
            before,
            "--to",
            after,
            "--parts",
            str(part),
            "--format",
            "docbook",
            "--mirror",
            str(mirror),
            "--json",
            str(out),
            "--markdown",
            str(markdown),
        ]
    )
    assert status == 0
    assert markdown.read_text().startswith(f"# DICOM {after}\n")
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def _keys(data: dict[str, Any], kind: str, change: str) -> list[Any]:
    return [
        next(iter(c["key"].values()))
        for c in data["changes"]
        if c["kind"] == kind and c["change"] == change
    ]


def test_ps36_2015a_to_2015b(mirror_root: Path, tmp_path: Path) -> None:
    data = _diff(mirror_root, tmp_path, "2015a", "2015b", 6)
    added = _keys(data, "element", "added")
    assert len(added) == 23
    assert added[:2] == ["(0022,1512)", "(0022,1513)"]
    assert "(300A,0453)" in added
    assert _keys(data, "element", "removed") == []
    assert _keys(data, "uid", "added") == [
        "1.2.840.10008.5.1.4.1.1.77.1.5.5",
        "1.2.840.10008.5.1.4.1.1.77.1.5.6",
    ]
    assert _keys(data, "uid", "removed") == []
    assert _keys(data, "context_group_uid", "added") == [
        4025, 4026, 4245, 7035, 7036, 9401, 9402, 9403, 10050,
    ]  # fmt: skip
    assert data["counts"] == {
        "element": {"added": 23, "removed": 0, "retired": 0, "changed": 0},
        "uid": {"added": 2, "removed": 0, "retired": 0, "changed": 0},
        "context_group_uid": {"added": 9, "removed": 0, "retired": 0, "changed": 0},
    }
    assert data["not_compared"] == []


def test_ps34_2020b_to_2020c(mirror_root: Path, tmp_path: Path) -> None:
    data = _diff(mirror_root, tmp_path, "2020b", "2020c", 4)
    added = {
        c["key"]["uid"]: c["record"]["name"] for c in data["changes"] if c["change"] == "added"
    }
    assert len(added) == 11
    assert added["1.2.840.10008.5.1.4.1.1.481.16"] == "RT Radiation Record Set Storage"
    assert added["1.2.840.10008.5.1.4.1.1.9.8.1"] == "Body Position Waveform Storage"
    assert data["counts"]["sop_class"]["removed"] == 0
    # 2020c added the Specialization column to Table B.5-1.
    changed = [c for c in data["changes"] if c["change"] == "changed"]
    assert changed
    assert all(set(c["fields"]) == {"specialization"} for c in changed)
    assert set(data["counts"]) == {"sop_class"}


def test_a_side_that_is_neither_file_nor_edition(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--from", "no-such-thing", "--to", "2024c"]) == 2
    assert "not a file, a folder with build-index.jsonl, nor an edition" in capsys.readouterr().err
