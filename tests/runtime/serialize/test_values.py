"""Value mapping per VR, extras, issues with paths, JSON choices, Part 10, ``read``."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.valuerep import DSfloat, PersonName

import dicomodel
from dicomodel.errors import (
    DicomFormatError,
    DicomodelError,
    DicomValidationError,
    DicomWriteError,
    Issue,
    Rule,
)
from dicomodel.iods import CTImage, Segmentation
from dicomodel.modules import PatientModule
from dicomodel.serialize import BulkDataURI, dataset_to_json, dumps, json_to_dataset, loads
from tests.runtime.serialize.builders import ct_image, segmentation
from tests.runtime.serialize.helpers import element_diffs


def _ct() -> Dataset:
    return pydicom.dcmread(get_testdata_file("CT_small.dcm"))


def _segmentation_dataset() -> Dataset:
    return segmentation().to_dataset()


def _paths_and_rules(issues: tuple[Issue, ...]) -> set[tuple[str, Rule]]:
    """The issues as (path, rule)."""
    return {(i.path, i.rule) for i in issues}


def _read_segmentation(source: Dataset | dict[str, Any]) -> Segmentation:
    if isinstance(source, Dataset):
        model = Segmentation.from_dataset(source, strict=False)
    else:
        model = Segmentation.from_json_dict(source, strict=False)
    assert _paths_and_rules(model.dicom_issues) == set()
    return model


# -- values per VR ------------------------------------------------------------------------


def test_ds_and_is_keep_their_text_through_every_form() -> None:
    dataset = _ct()
    dataset.SliceThickness = "5.000000"
    dataset.InstanceNumber = "0012"
    dataset.PixelSpacing = ["0.661468", "+0.661468"]
    model = CTImage.from_dataset(dataset)
    assert model.SliceThickness == 5.0
    assert model.InstanceNumber == 12
    out = model.to_dataset()
    assert out["SliceThickness"].value.original_string == "5.000000"
    assert out["InstanceNumber"].value.original_string == "0012"
    data = model.to_json_dict()
    assert data["00180050"] == {"vr": "DS", "Value": [5.0]}  # a number, as pydicom's
    text = model.to_json()
    assert '"00180050": {"vr": "DS", "Value": [5.000000]}' in text
    assert '"00200013": {"vr": "IS", "Value": ["0012"]}' in text  # not a JSON number literal
    assert '"Value": [0.661468, "+0.661468"]' in text
    again = CTImage.from_json(text)
    assert again.to_dataset()["InstanceNumber"].value.original_string == "0012"
    assert [v.original_string for v in again.to_dataset().PixelSpacing] == [
        "0.661468",
        "+0.661468",
    ]
    assert again.to_json() == text


def test_dates_times_keep_partial_precision_and_offsets() -> None:
    dataset = _ct()
    dataset.StudyTime = "10"
    dataset.add_new(0x0008002A, "DT", "2024013110+0100")  # Acquisition DateTime
    model = CTImage.from_dataset(dataset)
    assert model.StudyTime is not None
    assert model.StudyTime.hour == 10
    assert model.AcquisitionDateTime is not None
    assert model.AcquisitionDateTime.utcoffset() is not None
    out = model.to_dataset()
    assert out.StudyTime == "10"
    assert out.AcquisitionDateTime == "2024013110+0100"
    assert CTImage.from_json_dict(model.to_json_dict()).to_dataset().StudyTime == "10"


def test_bad_date_names_the_rule_and_stays_as_extra() -> None:
    dataset = _ct()
    dataset.StudyDate = "2024-01-31"
    with pytest.raises(DicomValidationError, match=r"StudyDate \(0008,0020\): DA value"):
        CTImage.from_dataset(dataset)
    model = CTImage.from_dataset(dataset, strict=False)
    (issue,) = model.dicom_issues
    assert (issue.path, issue.tag, issue.rule, issue.kept_as_extra) == (
        "StudyDate",
        0x00080020,
        Rule.VALUE,
        True,
    )
    assert model.dicom_extra.StudyDate == "2024-01-31"
    assert "StudyDate" not in model.model_fields_set
    assert model.to_dataset(check=False).StudyDate == "2024-01-31"
    with pytest.raises(DicomWriteError) as refused:  # a writer refuses what a read would
        model.to_dataset()
    assert refused.value.issues == model.dicom_issues


def test_person_names_in_json_have_their_component_groups() -> None:
    dataset = _ct()
    dataset.PatientName = "Yamada^Tarou=山田^太郎=やまだ^たろう"
    dataset.OperatorsName = ["Doe^John==Doe^Jon", "", "Roe^Jane"]
    model = CTImage.from_dataset(dataset)
    data = model.to_json_dict()
    assert data["00100010"]["Value"] == [
        {"Alphabetic": "Yamada^Tarou", "Ideographic": "山田^太郎", "Phonetic": "やまだ^たろう"}
    ]
    assert data["00081070"]["Value"] == [
        {"Alphabetic": "Doe^John", "Ideographic": "", "Phonetic": "Doe^Jon"},
        None,
        {"Alphabetic": "Roe^Jane"},
    ]
    again = CTImage.from_json_dict(data)
    assert again.to_dataset().OperatorsName == ["Doe^John==Doe^Jon", "", "Roe^Jane"]
    assert isinstance(again.PatientName, PersonName)
    assert again.PatientName.ideographic == "山田^太郎"


def test_at_values_are_hex_and_empty_values_have_no_value_key() -> None:
    data = dataset_to_json(_segmentation_dataset())
    pointers = [item["00209165"] for item in data["00209222"]["Value"]]
    assert pointers == [{"vr": "AT", "Value": ["0062000B"]}, {"vr": "AT", "Value": ["00200032"]}]
    assert data["00080050"] == {"vr": "SH"}  # Accession Number, Type 2, empty
    assert data["00080090"] == {"vr": "PN"}
    model = _read_segmentation(data)
    assert model.DimensionIndexSequence is not None
    assert model.DimensionIndexSequence[0].DimensionIndexPointer == 0x0062000B


def test_uid_syntax_and_cs_repertoire_and_length() -> None:
    dataset = _ct()
    dataset.SeriesInstanceUID = "1.2.03.4"
    dataset.Modality = "ct"
    dataset.BodyPartExamined = "A" * 17
    model = CTImage.from_dataset(dataset, strict=False)
    messages = {issue.path: issue.message for issue in model.dicom_issues}
    assert "not a valid UID" in messages["SeriesInstanceUID"]
    assert "characters other than A-Z 0-9" in messages["Modality"]
    assert "at most 16" in messages["BodyPartExamined"]
    assert element_diffs(dataset, model.to_dataset(check=False)) == []


def test_vm_is_checked_both_ways() -> None:
    dataset = _ct()
    dataset.PixelSpacing = ["0.5", "0.5", "0.5"]
    dataset.KVP = ["120", "140"]
    model = CTImage.from_dataset(dataset, strict=False)
    issues = {issue.path: issue for issue in model.dicom_issues}
    assert issues["PixelSpacing"].message == "VM 2 expected, 3 values"
    assert issues["PixelSpacing"].rule is Rule.VM
    assert not issues["PixelSpacing"].kept_as_extra  # a list: the model holds it
    assert issues["KVP"].message == "VM 1 expected, 2 values"
    assert issues["KVP"].kept_as_extra  # one value only: kept as extra
    assert element_diffs(dataset, model.to_dataset(check=False)) == []
    patient = CTImage.from_dataset(_ct())
    with pytest.raises(ValueError, match=r"PixelSpacing \(0028,0030\): VM 2 expected, 1 value"):
        patient.PixelSpacing = [0.5]


def test_one_value_for_an_attribute_of_several_is_a_list() -> None:
    model = PatientModule(
        PatientName=None,
        PatientID="1",
        PatientBirthDate=None,
        PatientSex=None,
        OtherPatientNames="Doe^J",
    )
    assert model.OtherPatientNames == [PersonName("Doe^J")]
    model.OtherPatientNames = "Roe^J"
    assert model.OtherPatientNames == [PersonName("Roe^J")]


def test_multi_vr_attributes_follow_the_data_set() -> None:
    dataset = _ct()
    dataset.PixelRepresentation = 1
    dataset.add_new(0x00280106, "SS", -5)  # Smallest Image Pixel Value
    model = CTImage.from_dataset(dataset)
    assert model.to_dataset()["SmallestImagePixelValue"].VR == "SS"
    built = ct_image()
    built.SmallestImagePixelValue = 0
    built.LargestImagePixelValue = 100
    out = built.to_dataset()
    assert out["SmallestImagePixelValue"].VR == "US"  # Pixel Representation 0
    assert out["PixelData"].VR == "OW"  # Bits Allocated 16
    signed = ct_image()
    signed.PixelRepresentation = 1
    signed.SmallestImagePixelValue = -100
    assert signed.to_dataset()["SmallestImagePixelValue"].VR == "SS"


def test_pixel_data_is_bytes_not_copied() -> None:
    dataset = _ct()
    pixels = dataset.PixelData
    model = CTImage.from_dataset(dataset)
    assert model.PixelData is pixels
    assert model.to_dataset().PixelData is pixels


# -- rules and paths ------------------------------------------------------------------------


def _three_segments() -> Dataset:
    dataset = _segmentation_dataset()
    segment = dataset.SegmentSequence[0]
    items = []
    for number in (1, 2, 3):
        item = copy.deepcopy(segment)
        item.SegmentNumber = number
        items.append(item)
    dataset.SegmentSequence = Sequence(items)
    return dataset


def test_errors_name_keyword_tag_path_and_rule() -> None:
    dataset = _three_segments()
    code = dataset.SegmentSequence[2].SegmentedPropertyTypeCodeSequence[0]
    code.CodeMeaning = ""
    code.CodeValue = "a\\b"
    dataset.SegmentSequence[1].SegmentAlgorithmType = "GUESSED"
    dataset.SegmentationType = "CHECKERED"
    del dataset.SOPInstanceUID
    with pytest.raises(DicomValidationError) as refused:
        Segmentation.from_dataset(dataset)
    lines = str(refused.value).splitlines()
    count = len(refused.value.issues)
    assert lines[0] == f"{count} problems reading Segmentation:"
    assert _paths_and_rules(refused.value.issues) == {
        ("SegmentSequence[1].SegmentAlgorithmType", Rule.ENUMERATED),
        # Not MANUAL, so Segment Algorithm Name is required (1C, Table C.8.20-4).
        ("SegmentSequence[1].SegmentAlgorithmName", Rule.CONDITION),
        ("SegmentSequence[2].SegmentedPropertyTypeCodeSequence[0].CodeValue", Rule.VM),
        ("SegmentSequence[2].SegmentedPropertyTypeCodeSequence[0].CodeMeaning", Rule.TYPE1_EMPTY),
        ("SegmentationType", Rule.ENUMERATED),
        ("SOPInstanceUID", Rule.ABSENT),
    }
    assert (
        "  SegmentSequence[2].SegmentedPropertyTypeCodeSequence[0].CodeMeaning (0008,0104): "
        "Type 1 attribute is empty [type1-empty]" in lines
    )
    assert any("'GUESSED' is not an Enumerated Value (AUTOMATIC" in line for line in lines)
    model = Segmentation.from_dataset(dataset, strict=False)
    assert model.dicom_issues == refused.value.issues
    assert element_diffs(dataset, model.to_dataset(check=False)) == []
    assert {issue.keyword for issue in model.dicom_issues} >= {"CodeValue", "SOPInstanceUID"}


def test_a_lenient_object_can_be_repaired() -> None:
    dataset = _ct()
    dataset.Modality = "ct"
    dataset.PatientSex = "X"
    model = CTImage.from_dataset(dataset, strict=False)
    model.Modality = "CT"  # another problem (PatientSex) does not block the assignment
    assert model.to_dataset(check=False).Modality == "CT"
    with pytest.raises(DicomWriteError) as refused:
        model.to_json()
    assert _paths_and_rules(refused.value.issues) == {("PatientSex", Rule.ENUMERATED)}
    model.dicom_extra.PatientSex = "O"  # repaired where a lenient read kept it
    assert CTImage.from_json(model.to_json()).PatientSex == "O"
    strict = CTImage.from_dataset(_ct())
    with pytest.raises(ValueError, match=r"PatientSex \(0010,0040\): 'X' is not an Enumerated"):
        strict.PatientSex = "X"


def test_type1_empty_and_enumerated_rules_on_construction() -> None:
    with pytest.raises(ValueError, match=r"ImageType \(0008,0008\): Type 1 attribute is empty"):
        ct_image().ImageType = []
    dataset = _ct()
    dataset.Modality = None
    (issue,) = CTImage.from_dataset(dataset, strict=False).dicom_issues
    assert (issue.path, issue.rule, issue.kept_as_extra) == ("Modality", Rule.TYPE1_EMPTY, True)
    with pytest.raises(ValueError, match=r"'2' is not an Enumerated Value \(0000H, 0001H\)"):
        ct_image().PixelRepresentation = 2


# -- nothing lost -------------------------------------------------------------------------------


def _with_private(dataset: Dataset) -> Dataset:
    block = dataset.private_block(0x0009, "DICOMODEL TEST", create=True)
    block.add_new(0x01, "LO", "private text")
    block.add_new(0x02, "OB", b"\x01\x02")
    block.add_new(0x03, "SQ", Sequence([Dataset()]))
    block[0x03].value[0].add_new(0x00100010, "PN", "Nested^Private")
    dataset.add_new(0x00189999, "LO", "unknown public")  # not in the dictionary
    dataset.add_new(0x00080040, "US", 7)  # retired Data Set Type
    dataset.add_new(0x00540016, "SQ", Sequence([Dataset()]))  # another IOD's attribute
    return dataset


def test_extras_are_kept_at_top_level_and_in_items() -> None:
    dataset = _with_private(_segmentation_dataset())
    item = dataset.SegmentSequence[0]
    _with_private(item)
    item.SegmentedPropertyTypeCodeSequence[0].add_new(0x00091001, "LO", "no creator")
    model = _read_segmentation(dataset)
    extra = model.dicom_extra
    assert extra[0x00090010].value == "DICOMODEL TEST"
    assert extra[0x00091001].value == "private text"
    assert extra[0x00091003].value[0].PatientName == "Nested^Private"
    assert 0x00189999 in extra
    assert 0x00080040 in extra
    assert 0x00540016 in extra
    segment = model.SegmentSequence[0]
    assert segment.dicom_extra[0x00091002].value == b"\x01\x02"
    code = segment.SegmentedPropertyTypeCodeSequence[0]
    assert code.dicom_extra[0x00091001].value == "no creator"
    assert element_diffs(dataset, model.to_dataset()) == []
    data = model.to_json_dict()
    assert data["00091002"] == {"vr": "OB", "InlineBinary": "AQI="}
    assert _read_segmentation(data).to_json_dict() == data
    assert _read_segmentation(data) == model


def test_extras_added_by_the_user_are_written() -> None:
    model = ct_image()
    model.dicom_extra.add_new(0x00091001, "LO", "added")
    model.dicom_extra.add_new(0x00100010, "PN", "Ignored^Name")  # a field wins
    out = model.to_dataset()
    assert out[0x00091001].value == "added"
    assert out.PatientName == "Doe^Jane"


def test_specific_character_set_is_kept() -> None:
    path = Path(pydicom.__file__).parent / "data" / "charset_files" / "chrRuss.dcm"
    dataset = pydicom.dcmread(path)
    model = dicomodel.read(dataset, strict=False)
    assert model.SpecificCharacterSet == ["ISO_IR 144"]
    name = pydicom.dcmread(path).PatientName
    assert model.PatientName == name
    assert str(name).startswith("\u041b\u044e\u043a")  # Cyrillic, decoded by ISO_IR 144
    buffer = io.BytesIO()
    model.write_part10(buffer)
    buffer.seek(0)
    assert pydicom.dcmread(buffer).PatientName == name


# -- JSON ------------------------------------------------------------------------------------


def test_bulk_data_uri_is_kept_as_a_reference() -> None:
    data = ct_image().to_json_dict()
    del data["7FE00010"]["InlineBinary"]
    data["7FE00010"]["BulkDataURI"] = "https://example.org/frames/1"
    model = CTImage.from_json_dict(data)
    assert isinstance(model.PixelData, BulkDataURI)
    assert model.PixelData.uri == "https://example.org/frames/1"
    assert model.to_json_dict() == data
    with pytest.raises(DicomodelError, match="PixelData holds only a BulkDataURI"):
        model.write_part10(io.BytesIO())
    fetched = CTImage.from_json_dict(data, bulk_data=lambda uri: b"\x00\x01" * 256)
    assert fetched.PixelData == b"\x00\x01" * 256
    # PS3.18 allows a BulkDataURI for numbers too: kept as an extra element
    data["00189345"] = {"vr": "FD", "BulkDataURI": "https://example.org/ctdi"}  # CTDIvol
    model = CTImage.from_json_dict(data)
    assert "CTDIvol" not in model.model_fields_set
    assert model.dicom_extra["CTDIvol"].value == BulkDataURI("https://example.org/ctdi")
    assert model.to_json_dict() == data


def test_text_numbers_and_json_module_helpers() -> None:
    data = loads('{"00280030": {"vr": "DS", "Value": [0.50, 1e3]}}')
    dataset = json_to_dataset(data)
    assert [v.original_string for v in dataset.PixelSpacing] == ["0.50", "1e3"]
    assert dumps(dataset_to_json(dataset)) == '{"00280030": {"vr": "DS", "Value": [0.50, 1e3]}}'
    assert isinstance(dataset.PixelSpacing[0], DSfloat)
    assert json_to_dataset({"00280030": {"vr": "DS", "Value": ["1.50"]}}).PixelSpacing == 1.5


# -- Part 10 and read ------------------------------------------------------------------------------


def test_write_part10_file_meta(tmp_path: Path) -> None:
    model = ct_image()
    path = tmp_path / "ct.dcm"
    dicomodel.write_part10(model, path)
    written = pydicom.dcmread(path)
    meta = written.file_meta
    assert meta.MediaStorageSOPClassUID == model.SOPClassUID
    assert meta.MediaStorageSOPInstanceUID == model.SOPInstanceUID
    assert meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"
    dicomodel.write_part10(model, tmp_path / "implicit.dcm", transfer_syntax="1.2.840.10008.1.2")
    assert pydicom.dcmread(tmp_path / "implicit.dcm").file_meta.TransferSyntaxUID == (
        "1.2.840.10008.1.2"
    )
    again = dicomodel.read(path)
    assert type(again) is CTImage
    assert again == model


def test_a_file_keeps_its_transfer_syntax(tmp_path: Path) -> None:
    source = get_testdata_file("MR_small_RLE.dcm")
    model = dicomodel.read(source)
    model.write_part10(tmp_path / "rle.dcm")
    written = pydicom.dcmread(tmp_path / "rle.dcm")
    assert written.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.5"
    assert written.PixelData == pydicom.dcmread(source).PixelData


def test_read_finds_the_model_class() -> None:
    assert type(dicomodel.read(get_testdata_file("rtplan.dcm"))).__name__ == "RTPlan"
    assert type(dicomodel.read(dataset_to_json(_ct()))) is CTImage
    dataset = _ct()
    dataset.SOPClassUID = "1.2.840.10008.1.1"
    with pytest.raises(DicomodelError, match="no IOD model for SOP Class UID"):
        dicomodel.read(dataset)
    with pytest.raises(DicomFormatError, match="not a readable DICOM file"):
        dicomodel.read(io.BytesIO(b"not dicom at all"))


def test_equality_is_dicom_content() -> None:
    left, right = ct_image(), ct_image()
    assert left == right
    right.dicom_extra.add_new(0x00091001, "LO", "x")
    assert left != right
    absent = ct_image()
    present: Any = ct_image()
    present.CTDIvol = None  # present, empty
    assert absent != present
