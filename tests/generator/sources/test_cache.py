"""The cache: where it is, one folder per source, manifests, atomic writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from generator.sources.cache import (
    FileRecord,
    Manifest,
    atomic_write_bytes,
    default_cache_dir,
    manifest_file,
    source_dir,
)


def test_default_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("DICOMODEL_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert default_cache_dir() == tmp_path / "home/.cache/dicomodel"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    assert default_cache_dir() == tmp_path / "home/.cache/dicomodel"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg/dicomodel"
    monkeypatch.setenv("DICOMODEL_CACHE", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


def test_one_folder_per_source(tmp_path: Path) -> None:
    publisher = source_dir(tmp_path, "https://dicom.nema.org/medical/dicom/")
    mirror = source_dir(tmp_path, "http://127.0.0.1:8123/")
    other = source_dir(tmp_path, "http://127.0.0.1:8123/other/../x y/")
    assert publisher == tmp_path / "dicom.nema.org/medical/dicom"
    assert mirror == tmp_path / "127.0.0.1_8123"
    assert other == tmp_path / "127.0.0.1_8123/other/_/x_y"


def test_manifest_round_trip(tmp_path: Path) -> None:
    edition = tmp_path / "2024c"
    manifest = Manifest.load(edition, "2024c", 15, "docbook", "http://h/2024c/")
    assert manifest.files == {}
    assert not manifest.complete
    rel = "source/docbook/part15/part15.xml"
    (edition / rel).parent.mkdir(parents=True)
    (edition / rel).write_bytes(b"12345")
    digest = hashlib.sha256(b"12345").hexdigest()
    manifest.add(FileRecord(rel, digest, 5, "http://h/2024c/" + rel))
    manifest.complete = True
    manifest.save()
    assert manifest.file == manifest_file(edition, 15, "docbook")
    assert manifest.file == edition / "manifests/part15.docbook.json"
    data = json.loads(manifest.file.read_text())
    assert data["files"] == {rel: {"sha256": digest, "size": 5, "url": "http://h/2024c/" + rel}}
    again = Manifest.load(edition, "2024c", 15, "docbook", "http://h/2024c/")
    assert again.files == manifest.files
    assert again.all_present(edition)
    (edition / rel).write_bytes(b"1234")
    assert not again.all_present(edition)
    (edition / rel).write_bytes(b"12346")
    tampered = Manifest.load(edition, "2024c", 15, "docbook", "http://h/2024c/")
    assert not tampered.all_present(edition), "same size, another sha256"
    other_source = Manifest.load(edition, "2024c", 15, "docbook", "http://other/2024c/")
    assert other_source.files == {}


def test_corrupt_manifest_counts_as_empty(tmp_path: Path) -> None:
    file = manifest_file(tmp_path, 6, "chtml")
    file.parent.mkdir(parents=True)
    file.write_text("{not json")
    assert Manifest.load(tmp_path, "2024c", 6, "chtml", "s").files == {}
    file.write_text(
        '{"version": 1, "edition": "2024c", "part": 6, "format": "chtml", '
        '"source": "s", "files": {"a": {"sha256": 1}}}'
    )
    assert Manifest.load(tmp_path, "2024c", 6, "chtml", "s").files == {}


def test_atomic_write_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a/b.json"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.json"]
