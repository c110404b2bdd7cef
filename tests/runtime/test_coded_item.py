"""A code sequence item from a coded concept and back (PS3.3 Section 8.1, Table 8.8-1)."""

from __future__ import annotations

from dicomodel import codes
from dicomodel.coding import Code
from dicomodel.items import AcquisitionMethodCodeSequenceItem, CodeSequenceItem


def test_from_code_fills_the_three_values() -> None:
    item = CodeSequenceItem.from_code(codes.cid7153.Amygdala)
    assert (item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning) == (
        codes.cid7153.Amygdala.value,
        "SCT",
        "Amygdala",
    )
    assert item.to_code() == codes.cid7153.Amygdala
    assert item.to_dataset().CodeValue == codes.cid7153.Amygdala.value


def test_long_and_urn_values_go_where_section_8_1_says() -> None:
    long = CodeSequenceItem.from_code(Code("99TEST", "A" * 17, "Long"))
    assert (long.CodeValue, long.LongCodeValue) == (None, "A" * 17)
    urn = CodeSequenceItem.from_code(Code("99TEST", "urn:oid:1.2.3", "URN"))
    assert urn.URNCodeValue == "urn:oid:1.2.3"
    assert urn.to_code().value == "urn:oid:1.2.3"


def test_pydicom_code_and_aliases() -> None:
    from pydicom.sr.coding import Code as PydicomCode

    item = AcquisitionMethodCodeSequenceItem.from_code(PydicomCode("121071", "DCM", "Finding"))
    assert type(item) is CodeSequenceItem
    assert item.to_code() == Code("DCM", "121071", "Finding")
