"""The release diff 2024b -> 2024c on the real chunked HTML, through ``dicomodel-gen diff``.

Every expectation is read off the 2024c HTML against the 2024b HTML of the mirror:
PS3.3 2024c adds the Waveform Annotation SR IOD (A.35.23, Table A.35.23-1) and its
SOP class 1.2.840.10008.5.1.4.1.1.88.77 (PS3.4 Table B.5-1), the RT Patient
Treatment Preparation and RT Equipment Mapping and Plan Reference macros (Tables
C.36.2.3.4-1, C.36.2.4.12-1), Ethnic Group Code Sequence (0010,2161) in the
Patient Module (Table C.7-1) and the Patient Demographic Module (Table C.2-3);
Section 10.23 reads "Retired. See PS3.3-2024b." where 2024b held Table 10-27;
Filter Material's Defined Terms moved to PS3.16 Table P-1 (TANTALUM and TIN new);
PS3.16 Table J-1 retires 28 more SNOMED codes.

One diff of two full editions (about 100 s of CPU) serves the module; the 2024c
index it saves is compared with a second, independent build of 2024c.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.diff.changelog import CHANGELOG_FILE, CHANGELOG_JSON, changelog_files
from generator.diff.compare import compare
from generator.diff.index import INDEX_FILE, read_index
from generator.diff.records import KIND_BY_NAME
from generator.diff.sides import SideLoader, SourceOptions

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def release(mirror_root: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The documented command, run once: its JSON, Markdown and the indexes it saved."""
    out = tmp_path_factory.mktemp("release")
    status = main(
        [
            "diff",
            "--from", "2024b",
            "--to", "2024c",
            "--parts", "3,4,6,16",
            "--format", "chtml",
            "--mirror", str(mirror_root),
            "--accept-dictionary-mismatch",
            "--json", str(out / "diff.json"),
            "--markdown", str(out / "diff.md"),
            "--save-indexes", str(out / "indexes"),
        ]
    )  # fmt: skip
    assert status == 0
    data: dict[str, Any] = json.loads((out / "diff.json").read_text(encoding="utf-8"))
    data["markdown"] = (out / "diff.md").read_text(encoding="utf-8")
    data["indexes"] = out / "indexes"
    return data


def _changes(data: dict[str, Any], kind: str, change: str | None = None) -> list[dict[str, Any]]:
    return [
        c
        for c in data["changes"]
        if c["kind"] == kind and (change is None or c["change"] == change)
    ]


def _keys(data: dict[str, Any], kind: str, change: str) -> set[tuple[Any, ...]]:
    names = KIND_BY_NAME[kind].key
    return {tuple(c["key"][name] for name in names) for c in _changes(data, kind, change)}


def test_without_the_option_the_borrowed_dictionary_is_refused(
    mirror_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["diff", "--from", "2024b", "--to", "2024c", "--parts", "6", "--mirror"]
    assert main([*argv, str(mirror_root)]) == 2
    assert "--accept-dictionary-mismatch" in capsys.readouterr().err


def test_the_new_iod_and_sop_class(release: dict[str, Any]) -> None:
    assert _keys(release, "iod", "added") == {("table_A.35.23-1",)}
    iod = _changes(release, "iod", "added")[0]
    assert iod["record"]["name"] == "Waveform Annotation SR"
    assert _keys(release, "sop_class", "added") == {("1.2.840.10008.5.1.4.1.1.88.77",)}
    assert ("1.2.840.10008.5.1.4.1.1.88.77",) in _keys(release, "uid", "added")


def test_the_new_macros_and_ethnic_group_code_sequence(release: dict[str, Any]) -> None:
    assert {("table_C.36.2.3.4-1",), ("table_C.36.2.4.12-1",)} <= _keys(release, "macro", "added")
    added = _keys(release, "attribute", "added")
    assert ("table_C.7-1", "(0010,2161)") in added
    assert ("table_C.2-3", "(0010,2161)") in added


def test_table_10_27_is_retired_not_removed(release: dict[str, Any]) -> None:
    assert ("table_10-27",) in _keys(release, "macro", "retired")
    assert ("table_10-27",) not in _keys(release, "macro", "removed")
    own = [c for c in _changes(release, "attribute") if c["key"]["table"] == "table_10-27"]
    assert len(own) == 5
    assert {c["change"] for c in own} == {"retired"}
    assert release["counts"]["macro"]["retired"] == 1
    assert "Retired: RT Equipment Correlation (table_10-27" in release["markdown"]


def test_codes_of_table_j1_are_retired_not_removed(release: dict[str, Any]) -> None:
    retired = _keys(release, "code", "retired")
    # PS3.16 2024c Table J-1: "Controlled ventilation" is retired, no CID lists it any more.
    assert ("SCT", "8592001") in retired
    assert len(retired) == 25
    assert not retired & _keys(release, "code", "removed")
    note = next(
        c["note"] for c in _changes(release, "code", "retired") if c["key"]["value"] == "8592001"
    )
    assert "replaced by (67889009, SCT)" in note


def test_filter_material_takes_its_terms_from_ps3_16_annex_p(release: dict[str, Any]) -> None:
    changed = {
        c["key"]["table"]: c
        for c in _changes(release, "attribute", "changed")
        if c["key"]["path"] == "(0018,7050)"
    }
    filtration = changed["table_C.8-35a"]["fields"]["defined_terms"]
    assert {"TANTALUM", "TIN"} <= set(filtration["to"]) - set(filtration["from"])
    assert set(filtration["from"]) <= set(filtration["to"]), "moved, not removed"


def test_not_compared_says_what_was_borrowed_and_missing(release: dict[str, Any]) -> None:
    what = {item["what"]: item["reason"] for item in release["not_compared"]}
    assert "borrowed the pydicom" in what["element"]
    assert "attribute.vr" in what
    sources = [item["reason"] for item in release["not_compared"] if item["what"] == "source"]
    assert any("DICOM 2024b" in line and "chapter_D.html" in line for line in sources)
    assert any("DICOM 2024c" in line and "CID 7480" in line for line in sources)
    assert "element" not in release["counts"]
    assert "Not compared:" in release["markdown"]


def test_markup_and_case_are_no_changes(release: dict[str, Any]) -> None:
    # PS3.3 2024c Table C.11.16-1: an xref around unchanged words of (0072,0102)'s note.
    assert not [c for c in _changes(release, "attribute") if c["key"]["path"] == "(0072,0102)"]
    meaning = next(c for c in _changes(release, "code") if c["key"]["value"] == "303110006")
    assert meaning["cosmetic"] is True
    assert release["cosmetic_counts"]["code"] >= 1


def test_description_changes_give_the_words(release: dict[str, Any]) -> None:
    # PS3.3 2024c Table C.8-38: "Treatment machine or imaging device gantry angle".
    gantry = next(
        c
        for c in _changes(release, "attribute", "changed")
        if c["key"] == {"table": "table_C.8-38", "path": "(300A,011E)"}
    )
    words = gantry["fields"]["description"]["words"]
    assert words[0]["after"].startswith("Treatment machine or imaging device gantry")
    assert "**or imaging device**" in release["markdown"]


def test_context_groups_read_as_sentences(release: dict[str, Any]) -> None:
    text = release["markdown"]
    assert "resolved changed" not in text
    assert "codes with those of included groups" not in text
    assert "through included CID" in text


def test_tables_sort_naturally(release: dict[str, Any]) -> None:
    text = release["markdown"]
    assert text.index("(table_C.2-3)") < text.index("(table_C.7-1)") < text.index("(table_C.13-2)")


def test_changelog_of_a_2024b_to_2024c_regeneration(
    release: dict[str, Any], tmp_path: Path
) -> None:
    (tmp_path / INDEX_FILE).write_bytes((release["indexes"] / "from.jsonl").read_bytes())
    files = {
        f.path: f.content
        for f in changelog_files(read_index(release["indexes"] / "to.jsonl"), tmp_path)
    }
    markdown = files[CHANGELOG_FILE]
    assert markdown.startswith("# Changelog of the generated package\n")
    assert "## DICOM 2024c\n\nCompared with DICOM 2024b.\n" in markdown
    assert "| IODs (PS3.3) | 1 | 0 | 0 | 0 |" in markdown
    assert json.loads(files[CHANGELOG_JSON])["to"]["edition"] == "2024c"


def test_2024c_against_a_second_build_of_itself_has_no_changes(
    mirror_root: Path, release: dict[str, Any]
) -> None:
    saved = read_index(release["indexes"] / "to.jsonl")
    options = SourceOptions(format="chtml", mirror=str(mirror_root))
    diff = compare(saved, SideLoader(options).load("2024c"))
    assert diff.changes == ()
    assert diff.empty
