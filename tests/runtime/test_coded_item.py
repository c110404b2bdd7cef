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


def test_a_code_sequence_takes_codes_as_items() -> None:
    """Built or assigned, a ``Code`` in a sequence of coded items is the item
    ``from_code`` builds; the JSON and pydicom round trips keep it."""
    from pydicom.data import get_testdata_file

    import dicomodel
    from dicomodel.iods import CTImage
    from dicomodel.items import AnatomicRegionSequenceItem, EquivalentCodeSequenceItem

    built = CodeSequenceItem(CodeMeaning="Chest", EquivalentCodeSequence=[codes.cid4031.Chest])
    assert built.EquivalentCodeSequence == [
        EquivalentCodeSequenceItem.from_code(codes.cid4031.Chest)
    ]
    image = dicomodel.read(get_testdata_file("CT_small.dcm"), model=CTImage)
    image.AnatomicRegionSequence = [codes.cid4031.Chest]
    (region,) = image.AnatomicRegionSequence
    assert isinstance(region, AnatomicRegionSequenceItem)
    assert (region.CodeValue, region.CodingSchemeDesignator) == ("816094009", "SCT")
    assert region.to_code() == codes.cid4031.Chest
    assert CTImage.from_json(image.to_json()) == image
    assert CTImage.from_dataset(image.to_dataset()) == image
    assert image.to_dataset().AnatomicRegionSequence[0].CodeMeaning == "Chest"


def test_a_code_in_a_sequence_of_other_items_is_refused() -> None:
    import pytest
    from pydicom.data import get_testdata_file

    import dicomodel
    from dicomodel.coded_item import CodedItem
    from dicomodel.errors import DicomValidationError
    from dicomodel.iods import CTImage
    from dicomodel.items import ReferencedInstancesAndAccessItem

    image = dicomodel.read(get_testdata_file("CT_small.dcm"), model=CTImage)
    assert not issubclass(ReferencedInstancesAndAccessItem, CodedItem)
    with pytest.raises(DicomValidationError):
        image.ReferencedPatientPhotoSequence = [codes.cid4031.Chest]  # type: ignore[list-item]
    assert image.ReferencedPatientPhotoSequence is None
