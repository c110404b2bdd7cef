"""Three-valued evaluation of condition predicates on real data sets (pydicom's CT_small)."""

from __future__ import annotations

import pytest
from pydicom import dcmread
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from dicomodel.conditions import Scope, describe, evaluate, undecided_parts

CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
PATIENT_POSITION = 0x00185100
PATIENT_ORIENTATION_CODE_SEQUENCE = 0x00540410
IMAGE_TYPE = 0x00080008
SAMPLES_PER_PIXEL = 0x00280002
REFERENCED_IMAGE_SEQUENCE = 0x00081140
REFERENCED_SOP_CLASS_UID = 0x00081150


@pytest.fixture(scope="module")
def ct() -> Dataset:
    path = get_testdata_file("CT_small.dcm")
    assert path is not None
    return dcmread(path)


def scope_of(dataset: Dataset, **kwargs: object) -> Scope:
    return Scope(chain=(dataset,), **kwargs)  # type: ignore[arg-type]


def test_patient_position_condition_of_general_series(ct: Dataset) -> None:
    """The 2C of (0018,5100), Table C.7-5a: no code sequence, and a CT or MR SOP class."""
    predicate = (
        "and",
        ("not", ("present", PATIENT_ORIENTATION_CODE_SEQUENCE)),
        ("sop_class", (CT_IMAGE_STORAGE, "1.2.840.10008.5.1.4.1.1.4")),
    )
    assert evaluate(predicate, scope_of(ct)) is True
    other = ct.copy()
    other.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    assert evaluate(predicate, scope_of(other)) is False


def test_values_by_index_trimmed_and_numbers(ct: Dataset) -> None:
    scope = scope_of(ct)
    assert list(ct.ImageType)[:2] == ["ORIGINAL", "PRIMARY"]
    assert evaluate(("value", IMAGE_TYPE, 1, "in", ("ORIGINAL ",)), scope) is True
    assert evaluate(("value", IMAGE_TYPE, 1, "in", ("DERIVED",)), scope) is False
    assert evaluate(("value", IMAGE_TYPE, 0, "in", ("PRIMARY",)), scope) is True
    assert evaluate(("value", IMAGE_TYPE, 1, "not_in", ("DERIVED",)), scope) is True
    assert evaluate(("compare", SAMPLES_PER_PIXEL, 1, ">", 1), scope) is False
    assert evaluate(("compare", SAMPLES_PER_PIXEL, 1, "==", 1), scope) is True
    assert evaluate(("value", SAMPLES_PER_PIXEL, 0, "in", (1,)), scope) is True


def test_absent_attribute_values_are_false_not_unknown(ct: Dataset) -> None:
    """ "Required if X equals Y" with X absent is false: nothing equals Y."""
    scope = scope_of(ct)
    assert evaluate(("value", 0x00189361, 0, "in", ("YES",)), scope) is False
    assert evaluate(("compare", 0x00189361, 1, ">", 0), scope) is False


def test_kleene_logic_with_undecidable_parts(ct: Dataset) -> None:
    """A paired body part (unknown) and Image Laterality absent: unknown, not false."""
    laterality_absent = ("not", ("present", 0x00200062))
    paired = ("unknown", "depends on whether the body part is a paired structure")
    predicate = ("and", paired, laterality_absent)
    scope = scope_of(ct)
    assert evaluate(predicate, scope) is None
    assert undecided_parts(predicate, scope) == [paired[1]]
    with_laterality = ct.copy()
    with_laterality.ImageLaterality = "R"
    assert evaluate(predicate, scope_of(with_laterality)) is False
    assert evaluate(("or", paired, ("present", IMAGE_TYPE)), scope) is True


def test_lookup_goes_up_to_enclosing_data_sets(ct: Dataset) -> None:
    item = Dataset()
    item.ReferencedSOPInstanceUID = "1.2.3"
    root = ct.copy()
    root.ReferencedImageSequence = Sequence([item])
    inner = scope_of(root).inner(item, 1)
    assert evaluate(("present", IMAGE_TYPE), inner) is True
    assert evaluate(("item_index", "==", 1), inner) is True
    assert evaluate(("item_index", "==", 1), scope_of(root)) is None
    assert evaluate(("present", (REFERENCED_IMAGE_SEQUENCE, 0x00081155)), scope_of(root)) is True
    assert (
        evaluate(("present", (REFERENCED_IMAGE_SEQUENCE, REFERENCED_SOP_CLASS_UID)), scope_of(root))
        is False
    )


def test_attribute_elsewhere_in_the_object_is_undecided(ct: Dataset) -> None:
    """Absent from the item's chain but present in another sequence: the text may mean it."""
    item = Dataset()
    item.ReferencedSOPClassUID = CT_IMAGE_STORAGE
    root = ct.copy()
    root.ReferencedImageSequence = Sequence([item])
    assert evaluate(("present", REFERENCED_SOP_CLASS_UID), scope_of(root)) is None
    assert evaluate(("present", 0x00081199), scope_of(root)) is False


def test_context_iod_and_transfer_syntax(ct: Dataset) -> None:
    assert evaluate(("iod", ("CT Image",)), scope_of(ct)) is None
    assert evaluate(("iod", ("CT Image",)), scope_of(ct, iod="CT Image")) is True
    assert evaluate(("transfer_syntax", ("1.2.840.10008.1.2",)), scope_of(ct)) is None
    known = scope_of(ct, transfer_syntax="1.2.840.10008.1.2.1")
    assert evaluate(("transfer_syntax", ("1.2.840.10008.1.2",)), known) is False


def test_code_sequences_match_value_and_scheme() -> None:
    code = Dataset()
    code.CodeValue = "130332"
    code.CodingSchemeDesignator = "DCM"
    root = Dataset()
    root.DeviceTypeCodeSequence = Sequence([code])
    tag = 0x3010002E
    assert evaluate(("code", tag, (("130332", "DCM"),)), scope_of(root)) is True
    assert evaluate(("code", tag, (("130332", "SCT"),)), scope_of(root)) is False
    assert evaluate(("items", tag, ">", 1), scope_of(root)) is False
    assert evaluate(("items", tag, "==", 1), scope_of(root)) is True


def test_describe_reads_like_the_condition() -> None:
    predicate = (
        "and",
        ("not", ("present", PATIENT_ORIENTATION_CODE_SEQUENCE)),
        ("sop_class", (CT_IMAGE_STORAGE,)),
    )
    assert describe(predicate) == (
        "(absent (0054,0410)) and (SOP Class UID in {1.2.840.10008.5.1.4.1.1.2})"
    )
    assert describe(("value", IMAGE_TYPE, 3, "in", ("TOMO",))) == (
        "value 3 of (0008,0008) in {TOMO}"
    )
