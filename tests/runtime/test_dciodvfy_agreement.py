"""dicomodel validate names every 1C/2C attribute dciodvfy reports missing, on pydicom's corpus.

The parser of dciodvfy's output is checked on lines it printed for corpus files;
the agreement runs both tools over the whole corpus (about 20 s: ``slow``).
"""

from __future__ import annotations

import pytest

from tests.runtime import dciodvfy
from tests.runtime.dciodvfy import Kind
from tests.runtime.dciodvfy_compare import Comparison, compare_corpus, keyword_of
from tests.runtime.dciodvfy_report import report

NO_PREAMBLE = "dicomodel reads Part 10 files only (PS3.10 Section 7.1: preamble, 'DICM', meta)"
EXPECTED_UNREADABLE = {
    "ExplVR_BigEndNoMeta.dcm": NO_PREAMBLE,
    "ExplVR_LitEndNoMeta.dcm": NO_PREAMBLE,
    "rtstruct.dcm": NO_PREAMBLE,
}
"""Files dciodvfy checks and ``dicomodel validate`` refuses to read, and why."""

LINES = [
    (
        "Error - Missing attribute Type 2C Conditional Element=<PatientPosition> "
        "Module=<GeneralSeries>",
        Kind.MISSING,
        "PatientPosition",
        "GeneralSeries",
        "2C",
    ),
    (
        "Error - Missing attribute Type 1 Required Element=<ReferencedSOPClassUID> "
        "Module=<SOPInstanceReferenceMacro>",
        Kind.MISSING,
        "ReferencedSOPClassUID",
        "SOPInstanceReferenceMacro",
        "1",
    ),
    (
        "Error - Empty attribute (no value) Type 1C Conditional Element=<PixelAspectRatio> "
        "Module=<ImagePixelDescriptionMacro>",
        Kind.EMPTY,
        "PixelAspectRatio",
        "ImagePixelDescriptionMacro",
        "1C",
    ),
    (
        "Error - Attribute present when condition unsatisfied (which may not be present "
        "otherwise) Type 2C Conditional Element=<Laterality> Module=<GeneralSeries>",
        Kind.PRESENT_UNSATISFIED,
        "Laterality",
        "GeneralSeries",
        "2C",
    ),
    (
        "Error - Shall not be present when ImagerPixelSpacing is present - attribute "
        "<PixelAspectRatio>",
        Kind.SHALL_NOT,
        "PixelAspectRatio",
        None,
        None,
    ),
    (
        "Error - A value is required for value 3 in CT Images - attribute <ImageType>",
        Kind.VALUE_REQUIRED,
        "ImageType",
        None,
        None,
    ),
    (
        "Warning - Missing attribute or value that would be needed to build DICOMDIR - Study ID",
        Kind.DICOMDIR,
        None,
        None,
        None,
    ),
    (
        "Warning - Attribute is not present in standard DICOM IOD - (0x0040,0x0009) SH "
        "Scheduled Procedure Step ID ",
        Kind.NOT_IN_IOD,
        None,
        None,
        None,
    ),
    (
        "(0x0009,0x1040) PN Patient Object Name  - Warning - Explicit value representation "
        "doesn't match data dictionary; Explicit <LO> Dictionary <PN>",
        Kind.ENCODING,
        None,
        None,
        None,
    ),
    (
        "(0x0008,0x0008) CS Image Type Error - Tag read failed - Implicit VR encoding even "
        "though supposed to be explicit",
        Kind.READ_FAILED,
        None,
        None,
        None,
    ),
    ("Error - Information Object Not found", Kind.IOD_NOT_FOUND, None, None, None),
]


@pytest.mark.parametrize(("line", "kind", "keyword", "module", "kind_of_type"), LINES)
def test_a_dciodvfy_line_is_read_into_its_form(
    line: str, kind: Kind, keyword: str | None, module: str | None, kind_of_type: str | None
) -> None:
    (message,) = dciodvfy.parse(line).messages
    assert (message.kind, message.keyword, message.module, message.type) == (
        kind,
        keyword,
        module,
        kind_of_type,
    )


def test_only_missing_type_1c_2c_counts_as_conditional_missing() -> None:
    verdict = dciodvfy.parse("\n".join(line for line, *_ in LINES[:4]) + "\nCTImage\n")
    assert verdict.iod == "CTImage"
    assert [m.keyword for m in verdict.conditional_missing] == ["PatientPosition"]


def test_a_file_dciodvfy_cannot_place_is_not_accepted() -> None:
    refused = dciodvfy.parse("Error - Information Object Not found\n")
    read_failed = dciodvfy.parse("MRImage\nError - Dicom dataset read failed\n")
    crashed = dciodvfy.parse("CTImage\n", returncode=-6)
    assert [refused.accepted, read_failed.accepted, crashed.accepted] == [False, False, False]
    assert dciodvfy.parse("CTImage\n").accepted


def test_a_finding_names_the_attribute_at_the_end_of_its_path() -> None:
    assert keyword_of("ReferencedImageSequence[0].ReferencedSOPClassUID") == (
        "ReferencedSOPClassUID"
    )
    assert keyword_of("PatientPosition") == "PatientPosition"


def test_a_missed_attribute_is_told_apart_from_one_named() -> None:
    verdict = dciodvfy.parse(
        "CTImage\n"
        "Error - Missing attribute Type 2C Conditional Element=<PatientPosition> "
        "Module=<GeneralSeries>\n"
        "Error - Missing attribute Type 1C Conditional Element=<PixelData> Module=<ImagePixel>\n"
        "Error - Missing attribute Type 2C Conditional Element=<Laterality> "
        "Module=<GeneralSeries>\n"
    )
    finding = {"severity": "error", "rule": "condition", "tag": "", "message": ""}
    comparison = Comparison(
        file="x",
        iod="CTImage",
        verdict=verdict,
        findings=[
            {**finding, "path": "PatientPosition"},
            {**finding, "rule": "module", "path": "Image Pixel"},
            {**finding, "path": "SeriesSequence[0].Other"},
        ],
    )
    comparison.judge()
    assert comparison.named == {
        "PatientPosition": "error",
        "PixelData": "module",
        "Laterality": "missed",
    }
    assert [f["path"] for f in comparison.dicomodel_only] == ["SeriesSequence[0].Other"]


@pytest.mark.slow
def test_dicomodel_names_every_conditional_attribute_dciodvfy_reports_missing() -> None:
    if dciodvfy.program() is None:
        pytest.fail(
            "dciodvfy is missing: install dicom3tools (apt-get install dicom3tools; "
            ".ci/run does it)",
            pytrace=False,
        )
    corpus = compare_corpus(jobs=2)
    print(report(corpus))
    figures = corpus.figures()
    assert set(corpus.unreadable) == set(EXPECTED_UNREADABLE)
    assert figures.compared >= 140
    assert figures.findings >= 150
    missed = {c.file: c.missed for c in corpus.comparisons if c.missed}
    assert missed == {}
    unknown_forms = [
        message.text
        for verdict in corpus.verdicts
        for message in verdict.messages
        if message.kind is Kind.OTHER
    ]
    assert unknown_forms == []
