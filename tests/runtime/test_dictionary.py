"""dicomodel.dictionary on the generated 2024c data: lookups both ways, repeaters, errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dicomodel import dictionary


def test_tag_and_keyword_both_ways() -> None:
    entry = dictionary.entry("PatientName")
    assert (entry.tag, entry.vr, entry.vm, entry.name) == (
        "(0010,0010)",
        "PN",
        "1",
        "Patient's Name",
    )
    assert (entry.retired, entry.table, entry.repeating) == (False, "6-1", False)
    assert dictionary.tag_for_keyword("PatientName") == 0x00100010
    assert dictionary.keyword_for_tag(0x00100010) == "PatientName"
    assert dictionary.keyword_for_tag((0x0010, 0x0010)) == "PatientName"
    for text in ("(0010,0010)", "0010,0010", "00100010", "(0010, 0010)"):
        assert dictionary.entry(text) is entry


def test_vr_vm_name_retired() -> None:
    assert dictionary.vr_for("PixelData") == "OB or OW"
    assert dictionary.entry("PixelData").vrs == ("OB", "OW")
    assert dictionary.vm_for("ImageType") == "2-n"
    assert dictionary.name_for(0x00080016) == "SOP Class UID"
    assert dictionary.is_retired(0x00080001)
    assert not dictionary.is_retired("SOPClassUID")


def test_file_meta_and_directory_elements() -> None:
    assert dictionary.entry("TransferSyntaxUID").table == "7-1"
    assert dictionary.tag_for_keyword("TransferSyntaxUID") == 0x00020010
    assert dictionary.entry(0x00041220).keyword == "DirectoryRecordSequence"
    assert dictionary.entry(0x00041220).table == "8-1"


def test_repeating_groups() -> None:
    overlay = dictionary.entry(0x60023000)
    assert (overlay.tag, overlay.keyword, overlay.repeating) == ("(60xx,3000)", "OverlayData", True)
    assert dictionary.entry("(60xx,3000)") is overlay
    assert dictionary.entry("(60XX,3000)") is overlay
    assert dictionary.entry("OverlayData") is overlay
    assert dictionary.tag_for_keyword("OverlayData") == 0x60003000
    assert overlay.matches(0x601E3000)
    assert not overlay.matches(0x60023001)
    assert dictionary.keyword_for_tag(0x50203000) == "CurveData"
    assert dictionary.keyword_for_tag(0x00280412) == "CoefficientCoding"
    assert dictionary.entry(0x10000005).tag == "(1000,xxx5)"
    assert dictionary.entry(0x00203101).tag == "(0020,31xx)"


def test_elements_without_keyword_are_found_by_tag() -> None:
    blank = dictionary.entry(0x00180061)
    assert (blank.keyword, blank.retired) == ("", True)
    assert dictionary.keyword_for_tag(0x00180061) == ""


def test_every_entry_is_sorted_and_every_keyword_round_trips() -> None:
    everything = dictionary.entries()
    assert len(everything) == 5092 + 22 + 19
    values = [item.value for item in everything]
    assert values == sorted(values)
    for item in everything:
        if item.keyword:
            assert dictionary.entry(item.keyword) is item
        if not item.repeating:
            assert dictionary.entry(item.value) is item


@pytest.mark.parametrize(
    ("lookup", "message"),
    [
        ("PatientNam", "'PatientNam' is not a keyword of the DICOM data dictionary"),
        (0x00091010, r"private tag \(0009,1010\) is not in the DICOM data dictionary"),
        ("(0009,1010)", r"private tag \(0009,1010\) is not in the DICOM data dictionary"),
        (0x00100011, r"tag \(0010,0011\) is not in the DICOM data dictionary"),
        ("(70xx,0010)", r"repeating group \(70xx,0010\) is not in the DICOM data dictionary"),
        (-1, "-1 is not a DICOM tag"),
        (0x1_0000_0000, "4294967296 is not a DICOM tag"),
        ((0x10000, 0), "is not a DICOM tag"),
    ],
)
def test_clear_key_errors(lookup: dictionary.TagLike, message: str) -> None:
    with pytest.raises(KeyError, match=message):
        dictionary.entry(lookup)


def test_tag_for_an_unknown_keyword() -> None:
    with pytest.raises(KeyError, match="'Nope' is not a keyword"):
        dictionary.tag_for_keyword("Nope")


PROBE = """
import json, sys
import dicomodel.dictionary as d
before = "dicomodel._dictionary_data" in sys.modules
d.entry("PatientName")
print(json.dumps([before, "dicomodel._dictionary_data" in sys.modules]))
"""


def test_data_loads_on_first_lookup() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True)
    assert json.loads(done.stdout) == [False, True]
