"""Unit tests of the normalization shared by both readers."""

from __future__ import annotations

import pytest

from generator.readers.text import (
    expand_spans,
    is_generated,
    label_from_id,
    normalize,
    split_label,
    xref_text,
)


def test_normalize_collapses_whitespace_and_drops_zero_width_spaces() -> None:
    assert (
        normalize("  Patient\u200bName \n\t of\u00a0the  Patient ") == "PatientName of the Patient"
    )
    assert normalize("\n   ") == ""


@pytest.mark.parametrize(
    ("target", "label"),
    [
        ("table_C.7-1", "C.7-1"),
        ("sect_C.7.1.1", "C.7.1.1"),
        ("sect_CID_4410", "CID 4410"),
        ("table_CID_4410", "CID 4410"),
        ("chapter_A", "A"),
        ("biblio_RFC5424", "RFC5424"),
        ("DCM_110180", "DCM_110180"),
        ("PS3.6", "PS3.6"),
    ],
)
def test_label_from_id(target: str, label: str) -> None:
    assert label_from_id(target) == label


def test_generated_kinds() -> None:
    assert is_generated("PS3.16")
    assert is_generated("sect_CID_2")
    assert is_generated("glossentry_Attribute")
    assert not is_generated("DCM_110180")
    assert not is_generated("para_0b9c64aa")


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (("table_C.7-1", "C.7-1", "Patient Module Attributes", None), "Table C.7-1"),
        (("sect_C.7.1.1", "C.7.1.1", "Patient Module", None), "Section C.7.1.1"),
        (("sect_CID_400", "CID 400", "", "PS3.16"), "CID 400 in PS3.16"),
        (("chapter_A", "A", "Secure Use Profiles", None), "Annex A"),
        (("chapter_6", "6", "Outlines", None), "Chapter 6"),
        (("chapter_Foreword", "", "Foreword", None), "“Foreword”"),
        (("biblio_RFC_3881", "RFC 3881", "", None), "[RFC 3881]"),
        (("PS3.3", "PS3.3", "", "PS3.3"), "PS3.3"),
        (("table_6-1", "6-1", "", "PS3.6"), "Table 6-1 in PS3.6"),
    ],
)
def test_xref_text(args: tuple[str, str, str, str | None], text: str) -> None:
    assert xref_text(*args) == text


@pytest.mark.parametrize(
    ("heading", "element_id", "expected"),
    [
        ("C.7.1.1 Patient Module", "sect_C.7.1.1", ("C.7.1.1", "Patient Module")),
        ("CID 4410 Topical Treatment", "sect_CID_4410", ("CID 4410", "Topical Treatment")),
        (
            "A Secure Use Profiles (Normative)",
            "chapter_A",
            ("A", "Secure Use Profiles (Normative)"),
        ),
        # the id does not always match the label: the label is read from the text
        (
            "C.8.8.10.1 Dose Value Interpretation",
            "sect_C.8.8.10.3",
            ("C.8.8.10.1", "Dose Value Interpretation"),
        ),
        ("Foreword", "chapter_Foreword", ("", "Foreword")),
        ("General  Templates ", "sect_GeneralTemplates", ("", "General Templates")),
    ],
)
def test_split_heading(heading: str, element_id: str, expected: tuple[str, str]) -> None:
    assert split_label(heading, element_id) == expected


def test_split_caption() -> None:
    assert split_label("Table C.7-1. Patient Module Attributes", "table_C.7-1", "Table") == (
        "C.7-1",
        "Patient Module Attributes",
    )
    assert split_label("Table CID 4410. Topical Treatment", "table_CID_4410", "Table") == (
        "CID 4410",
        "Topical Treatment",
    )
    assert split_label("Table TID 300. Parameters", "table_TID_300_Parameters", "Table") == (
        "TID 300",
        "Parameters",
    )


def test_expand_spans_repeats_spanned_cells() -> None:
    rows = [
        [("a", 2, 1), ("b", 1, 2)],
        [("c", 1, 1), ("d", 1, 1)],
        [("e", 1, 3)],
    ]
    assert expand_spans(rows) == [["a", "b", "b"], ["a", "c", "d"], ["e", "e", "e"]]


def test_expand_spans_rowspan_in_middle_column_and_past_the_end() -> None:
    rows = [
        [("a", 1, 1), ("b", 3, 1), ("c", 1, 1)],
        [("d", 1, 1), ("e", 1, 1)],
    ]
    # the rowspan of "b" is cut at the last row; the rows stay plain lists
    assert expand_spans(rows) == [["a", "b", "c"], ["d", "b", "e"]]
