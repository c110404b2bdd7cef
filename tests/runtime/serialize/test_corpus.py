"""The corpus figures (``corpus.py``): what pydicom's files give a strict read, and why.

Each strict refusal is for a rule the standard states: Type 1/2 attributes of
mandatory modules present (PS3.5 7.4), Type 1 not empty, values of their VR
(PS3.5 6.2, 9.1 for UIDs), VM (PS3.6), Enumerated Values (PS3.3), native Pixel
Data as long as the image (PS3.5 8.1.1), mandatory modules present (PS3.3 A.1.3),
and the conditions of PS3.3 that hold: Pixel Data without a Pixel Data Provider URL
(C.7-11a), the Image Pixel Description attributes outside STOW-RS metadata (C.7-11a),
a Referenced Structure Set for a PATIENT plan (C.8-45), the de-identification method
when Patient Identity Removed is YES (C.7-1), Reported Values Origin for a simulator
or portal RT Image (C.8-38).
"""

from __future__ import annotations

from dicomodel.errors import Rule
from tests.runtime.serialize.corpus import FILES, measure

# Files without SOP Class UID in data set or file meta: no model to choose.
NO_MODEL = {
    "empty_charset_LEI.dcm",
    "meta_missing_tsyntax.dcm",
    "nested_priv_SQ.dcm",
    "no_meta.dcm",
}


CONDITIONS_THAT_HOLD = {
    "PixelData",
    *("SamplesPerPixel", "PhotometricInterpretation", "Rows", "Columns"),
    *("BitsAllocated", "BitsStored", "HighBit", "PixelRepresentation"),
    "ReferencedStructureSetSequence",
    "DeidentificationMethod",
    "DeidentificationMethodCodeSequence",
    "ReportedValuesOrigin",
}


def test_corpus_figures() -> None:
    figures = measure()
    assert len(FILES) == 95
    assert set(figures.refused) == NO_MODEL
    assert len(figures.strict) >= 57
    assert len(figures.strict) + len(figures.lenient) + len(figures.refused) == len(FILES)
    assert set(figures.rules) <= {
        Rule.ABSENT,
        Rule.VALUE,
        Rule.VM,
        Rule.LENGTH,
        Rule.MODULE,
        Rule.CONDITION,
    }
    conditions = {
        issue.keyword
        for issues in figures.issues.values()
        for issue in issues
        if issue.rule is Rule.CONDITION
    }
    assert conditions <= CONDITIONS_THAT_HOLD
    assert [issue.rule for issue in figures.issues["MR_truncated.dcm"]] == [Rule.LENGTH]
