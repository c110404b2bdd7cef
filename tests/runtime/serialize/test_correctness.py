"""A model never holds, reads or writes what its own rules forbid (issue 14).

Each test is one reported bug, on a real file of pydicom's corpus or the exact
input of the report; each failed before its fix.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.tag import BaseTag

from dicomodel.errors import (
    DicomFileError,
    DicomFormatError,
    DicomodelError,
    DicomValidationError,
    DicomWriteError,
    Rule,
)
from dicomodel.iods import CTImage
from dicomodel.modules import PatientModule
from dicomodel.serialize import read, write_part10
from dicomodel.serialize.checks import check_writable, write_problems
from tests.runtime.serialize.helpers import decode_all, element_diffs


def _path(name: str) -> str:
    path = get_testdata_file(name)
    assert path is not None, f"pydicom no longer bundles {name}"
    return str(path)


def _bytes(name: str) -> bytes:
    return Path(_path(name)).read_bytes()


def _ct_dataset() -> Dataset:
    return pydicom.dcmread(_path("CT_small.dcm"))


def _ct() -> CTImage:
    model: CTImage = read(_path("CT_small.dcm"))
    return model


def _rules(error: DicomValidationError) -> set[tuple[str, Rule]]:
    return {(issue.path, issue.rule) for issue in error.issues}


# -- a failed assignment changes nothing; writers refuse what breaks the rules ----------


def test_a_failed_assignment_leaves_the_object_as_it_was() -> None:
    ct = _ct()
    before = ct.to_json()
    with pytest.raises(DicomValidationError) as refused:
        ct.Modality = ""
    assert _rules(refused.value) == {("Modality", Rule.TYPE1_EMPTY)}
    assert ct.Modality == "CT"
    with pytest.raises(DicomValidationError):
        ct.PixelSpacing = [1.0]
    assert [str(v) for v in ct.PixelSpacing or ()] == ["0.661468", "0.661468"]
    assert "PixelAspectRatio" not in ct.model_fields_set
    with pytest.raises(DicomValidationError):
        ct.PixelAspectRatio = [1]  # VM 2: refused by the after-validator, after pydantic set it
    assert "PixelAspectRatio" not in ct.model_fields_set
    with pytest.raises(DicomValidationError):
        ct.ImageType = ["ORIGINAL", "PRIMAL"]  # a rule of the after-validator
    assert "ImageType" in ct.model_fields_set
    assert ct.to_json() == before
    buffer = io.BytesIO()
    ct.write_part10(buffer)
    assert read(io.BytesIO(buffer.getvalue())) == ct


def test_every_writer_refuses_a_value_set_past_validation() -> None:
    ct = _ct()
    ct.__dict__["Modality"] = ""  # past validation, as model_construct allows too
    writers: list[Any] = [
        ct.to_dataset,
        ct.to_json_dict,
        ct.to_json,
        lambda: ct.write_part10(io.BytesIO()),
        lambda: write_part10(ct, io.BytesIO()),
    ]
    for write in writers:
        with pytest.raises(DicomWriteError) as refused:
            write()
        assert _rules(refused.value) == {("Modality", Rule.TYPE1_EMPTY)}
        assert str(refused.value).startswith("1 problem writing CT Image:")
    assert [issue.path for issue in write_problems(ct)] == ["Modality"]
    with pytest.raises(DicomWriteError):
        check_writable(ct)
    assert ct.to_dataset(check=False).Modality == ""  # the caller says so
    ct.write_part10(io.BytesIO(), check=False)


def test_a_lenient_read_with_issues_is_refused_by_writers() -> None:
    dataset = _ct_dataset()
    dataset.PatientSex = "X"
    model = CTImage.from_dataset(dataset, strict=False)
    with pytest.raises(DicomWriteError) as refused:
        model.write_part10(io.BytesIO())
    assert refused.value.issues == model.dicom_issues
    model.dicom_extra.PatientSex = "F"  # repaired: written
    model.write_part10(io.BytesIO())


# -- valid files a strict read refused -------------------------------------------------------


@pytest.mark.parametrize("name", ["SC_rgb_gdcm_KY.dcm", "SC_rgb_jpeg_lossy_gdcm.dcm"])
def test_cs_spaces_are_not_significant(name: str) -> None:
    # 'DERIVED \\PRIMARY': PS3.5 6.2, leading and trailing spaces of CS are not significant
    model = read(_path(name))
    assert model.ImageType[0] == "DERIVED "  # kept as read, written back unchanged
    assert element_diffs(decode_all(pydicom.dcmread(_path(name))), model.to_dataset()) == []


def test_cs_enum_field_with_padding_is_taken() -> None:
    dataset = _ct_dataset()
    dataset["PatientSex"] = DataElement(0x00100040, "CS", b" F")
    assert CTImage.from_dataset(dataset).PatientSex == "F"


def test_an_unresolved_multi_vr_is_resolved_as_ps3_5_says() -> None:
    # A data set built in memory (highdicom) keeps the dictionary's "OB or OW"
    dataset = _ct_dataset()
    pixels = dataset.PixelData
    del dataset.PixelData
    dataset.PixelData = pixels
    assert dataset["PixelData"].VR == "OB or OW"
    model = CTImage.from_dataset(dataset)
    assert model.to_dataset()["PixelData"].VR == "OW"  # Bits Allocated 16 (PS3.5 8.1.2)
    dataset.BitsAllocated = 8
    eight = CTImage.from_dataset(dataset, strict=False)  # 8 bits: CT wants 16
    assert eight.to_dataset(check=False)["PixelData"].VR == "OB"
    dataset = _ct_dataset()
    dataset.add(DataElement(0x00280106, "US or SS", 5))  # Smallest Image Pixel Value
    dataset.PixelRepresentation = 1
    signed = CTImage.from_dataset(dataset)
    assert signed.to_dataset()["SmallestImagePixelValue"].VR == "SS"


# -- invalid values a strict read accepted ----------------------------------------------------


@pytest.mark.parametrize(
    ("keyword", "vr", "raw", "message"),
    [
        ("SliceThickness", "DS", b"NaN ", "is not a finite number"),
        ("SliceThickness", "DS", b"inf ", "is not a finite number"),
        ("SliceThickness", "DS", b"1.23456789012345678 ", "does not fit in 16 characters"),
        ("InstanceNumber", "IS", b"2147483648", "-2147483648..2147483647"),
        ("InstanceNumber", "IS", b"1234567890123 ", "-2147483648..2147483647"),
        ("PatientName", "PN", b"A" * 70, "70 characters long; at most 64"),
        ("PatientName", "PN", b"A=B=C=D ", "4 component groups; at most 3"),
    ],
)
def test_value_rules_are_checked_on_read(keyword: str, vr: str, raw: bytes, message: str) -> None:
    dataset = _ct_dataset()
    tag = dataset.data_element(keyword).tag  # type: ignore[union-attr]
    dataset[tag] = RawDataElement(BaseTag(tag), vr, len(raw), raw, 0, False, True)  # as read
    with pytest.raises(DicomValidationError, match=message) as refused:
        CTImage.from_dataset(dataset)
    assert _rules(refused.value) == {(keyword, Rule.VALUE)}
    assert "validation_mode" not in str(refused.value)  # pydicom's advice stays its own


def test_truncated_native_pixel_data_is_reported() -> None:
    original = _bytes("CT_small.dcm")
    with pytest.raises(DicomValidationError) as refused:
        read(io.BytesIO(original[: len(original) // 2]))
    ((path, rule),) = _rules(refused.value)
    assert (path, rule) == ("PixelData", Rule.LENGTH)
    assert "13303 bytes of native pixel data, 32768 expected" in str(refused.value)
    lenient = read(_path("MR_truncated.dcm"), strict=False)
    assert [issue.rule for issue in lenient.dicom_issues] == [Rule.LENGTH]
    read(_path("MR_small_padded.dcm"))  # excess padding: the image is all there


# -- every error is ours ----------------------------------------------------------------------


def test_huge_fd_in_json_is_a_format_error() -> None:
    data = _ct().to_json_dict() | {"00181318": {"vr": "FD", "Value": [10**400]}}
    with pytest.raises(DicomFormatError, match=r"dBdt\[0\]: FD value of 1329 bits is too large"):
        CTImage.from_json_dict(data)


def test_fl_out_of_range_is_refused_and_never_reaches_the_encoder() -> None:
    ct = _ct()
    ct.dicom_extra.add_new(0x00189325, "FL", 1e39)  # an element the model does not check
    with pytest.raises(DicomodelError, match=r"\(0018,9325\).*float too large"):
        ct.write_part10(io.BytesIO())
    from pydantic import TypeAdapter, ValidationError

    from dicomodel.iods import EnhancedCTImage  # noqa: F401  (an FL field: at the door)
    from dicomodel.vr import FL

    with pytest.raises(ValidationError, match="outside the range of a 32-bit float"):
        TypeAdapter(FL).validate_python(1e39)
    assert math.isinf(TypeAdapter(FL).validate_python(math.inf))


@pytest.mark.parametrize(
    ("name", "damage", "message"),
    [
        ("CT_small.dcm", lambda raw: raw[:1001], "No tag to read at file position"),
        ("image_dfl.dcm", lambda raw: raw[:400] + bytes(b ^ 0x5A for b in raw[400:460]) + raw[460:],
         "while decompressing"),
        ("CT_small.dcm", lambda raw: raw.replace(b"\x08\x00\x16\x00UI", b"\x08\x00\x16\x00ZZ", 1),
         "SOP Class UID .* cannot be decoded"),
    ],
)  # fmt: skip
def test_damaged_files_raise_our_errors(name: str, damage: Any, message: str) -> None:
    with pytest.raises(DicomFormatError, match=message):
        read(io.BytesIO(damage(_bytes(name))))


def test_a_missing_file_is_a_file_error(tmp_path: Path) -> None:
    with pytest.raises(DicomFileError, match="No such file"):
        read(tmp_path / "absent.dcm")
    with pytest.raises(DicomFileError):
        _ct().write_part10(tmp_path / "no" / "such" / "folder.dcm")


# -- output that is what it claims ---------------------------------------------------------


def test_json_never_holds_nan_or_infinity() -> None:
    dataset = _ct_dataset()
    dataset.add_new(0x00189306, "FD", math.nan)  # Single Collimation Width
    model = CTImage.from_dataset(dataset)
    with pytest.raises(DicomFormatError, match=r"SingleCollimationWidth: a FD value nan"):
        model.to_json()
    model.write_part10(io.BytesIO())  # binary FD holds NaN


def test_lone_surrogates_are_refused_at_the_door() -> None:
    ct = _ct()
    with pytest.raises(DicomValidationError, match="lone surrogate") as refused:
        ct.StudyDescription = "a\ud800b"
    assert _rules(refused.value) == {("StudyDescription", Rule.VALUE)}
    data = ct.to_json_dict() | {"00081030": {"vr": "LO", "Value": ["a\ud800b"]}}
    with pytest.raises(DicomFormatError, match=r"StudyDescription.*lone surrogate"):
        CTImage.from_json_dict(data)
    ct.dicom_extra.add_new(0x00091010, "LO", "a\ud800b")
    with pytest.raises(DicomFormatError, match="lone surrogate"):
        ct.to_json()


# -- files without SOP Class / Instance UID; force; file meta ----------------------------------


def test_a_dicomdir_is_written_back_with_its_media_storage_uids() -> None:
    model = read(_path("DICOMDIR"))
    buffer = io.BytesIO()
    model.write_part10(buffer)
    written = pydicom.dcmread(io.BytesIO(buffer.getvalue()))
    original = pydicom.dcmread(_path("DICOMDIR"))
    assert written.file_meta.MediaStorageSOPClassUID == "1.2.840.10008.1.3.10"
    assert (
        written.file_meta.MediaStorageSOPInstanceUID
        == original.file_meta.MediaStorageSOPInstanceUID
    )
    assert element_diffs(decode_all(original), decode_all(written)) == []


def test_read_takes_force_as_its_message_says() -> None:
    with pytest.raises(DicomFormatError, match=r"Use read\(\.\.\., force=True\)"):
        read(_path("rtstruct.dcm"))
    model = read(_path("rtstruct.dcm"), force=True, strict=False)
    assert type(model).__name__ == "RTStructureSet"


def test_file_meta_keeps_its_implementation_without_pydicom_version() -> None:
    model = read(_path("rtplan.dcm"))  # Implementation Class UID, no Version Name
    buffer = io.BytesIO()
    model.write_part10(buffer)
    meta = pydicom.dcmread(io.BytesIO(buffer.getvalue())).file_meta
    original = pydicom.dcmread(_path("rtplan.dcm")).file_meta
    assert meta.ImplementationClassUID == original.ImplementationClassUID
    assert "ImplementationVersionName" not in meta
    assert meta.FileMetaInformationVersion == b"\x00\x01"
    built = io.BytesIO()
    model.write_part10(built, implementation_class_uid="1.2.3.4")
    assert (
        "ImplementationVersionName" not in pydicom.dcmread(io.BytesIO(built.getvalue())).file_meta
    )


# -- validation errors have the shape of read errors ----------------------------------------


def test_constructor_errors_name_keyword_tag_path_and_rule() -> None:
    with pytest.raises(DicomValidationError) as refused:
        PatientModule(PatientName=None, PatientID="1", PatientBirthDate=None, PatientSex="X")
    ((issue),) = refused.value.issues
    assert (issue.path, issue.tag, issue.rule) == ("PatientSex", 0x00100040, Rule.ENUMERATED)
    assert str(issue) == (
        "PatientSex (0010,0040): 'X' is not an Enumerated Value (M, F, O) [enumerated]"
    )
    ct = _ct()
    with pytest.raises(DicomValidationError) as nested:
        ct.ReferencedSeriesSequence = [
            {"SeriesInstanceUID": "1.2.x", "ReferencedInstanceSequence": []}
        ]
    text = str(nested.value)
    assert "input_value" not in text
    assert "CTImage(" not in text
    assert {issue.path for issue in nested.value.issues} >= {
        "ReferencedSeriesSequence[0].SeriesInstanceUID"
    }
    with pytest.raises(
        DicomValidationError, match=r"InstanceNumber \(0020,0013\): IS value"
    ) as bad:
        ct.InstanceNumber = "1.5"  # type: ignore[assignment]
    assert "validation_mode" not in str(bad.value)


# -- an IOD built from modules ------------------------------------------------------------


def _module_views(model: Any) -> list[Any]:
    import dicomodel.modules as modules

    views = []
    for name in modules.__all__:
        cls = getattr(modules, name)
        if cls.dicom_attributes().keys() & model.model_fields_set:
            try:
                views.append(model.module(cls))
            except DicomValidationError:  # a module the file does not hold whole
                continue
    return views


def test_an_iod_from_modules_is_checked_as_a_writer_would() -> None:
    from dicomodel.iods import MRImage
    from dicomodel.modules import ImagePixelModule

    mr = read(_path("MR_small.dcm"))
    views = _module_views(mr)
    built = MRImage.from_modules(*views)  # every attribute of the file, no extras
    assert built.model_fields_set == mr.model_fields_set
    assert all(getattr(built, name) == getattr(mr, name) for name in mr.model_fields_set)
    pixels = next(view for view in views if isinstance(view, ImagePixelModule))
    pixels.PixelData = pixels.PixelData[:100]  # type: ignore[index]
    with pytest.raises(DicomValidationError) as refused:
        MRImage.from_modules(*views)
    assert _rules(refused.value) == {("PixelData", Rule.LENGTH)}
    assert str(refused.value).startswith("1 problem building MR Image:")


def test_an_iod_from_modules_without_a_mandatory_module_is_refused() -> None:
    """MR Image IOD (Table A.4-1): the Image Pixel Module is M. Without it the Image
    Pixel attributes that are required outside STOW-RS metadata are absent: they are
    required fields (typed as such, issue 15), so the constructor refuses them before
    the conditions (Pixel Data, 1C) are evaluated."""
    from dicomodel.iods import MRImage
    from dicomodel.modules import ImagePixelModule

    views = [
        v for v in _module_views(read(_path("MR_small.dcm"))) if not isinstance(v, ImagePixelModule)
    ]
    with pytest.raises(DicomValidationError) as refused:
        MRImage.from_modules(*views)
    refused_keywords = {keyword for keyword, _ in _rules(refused.value)}
    assert {"Rows", "Columns"} <= refused_keywords
    assert {rule for _, rule in _rules(refused.value)} <= {Rule.CONDITION, Rule.MODULE, Rule.ABSENT}


# -- found by the fuzz tests ----------------------------------------------------------------


def test_file_meta_uids_and_group_0002_in_the_data_set_are_issues() -> None:
    dataset = _ct_dataset()
    dataset.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.b"  # pydicom cannot write it
    dataset.add(DataElement(0x00020013, "SH", "ELSEWHERE"))  # file meta, in the data set
    with pytest.raises(DicomValidationError) as refused:
        CTImage.from_dataset(dataset)
    assert _rules(refused.value) == {
        ("(file meta).TransferSyntaxUID", Rule.VALUE),
        ("ImplementationVersionName", Rule.VALUE),
    }
    dataset = _ct_dataset()
    dataset.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.9"  # no Transfer Syntax
    with pytest.raises(DicomValidationError, match=r"no Transfer Syntax of PS3\.6 Annex A"):
        CTImage.from_dataset(dataset)


def test_an_ambiguous_vr_pydicom_cannot_decide_is_settled() -> None:
    dataset = _ct_dataset()
    del dataset.PixelRepresentation
    dataset.add(DataElement(0x00280107, "US or SS", 4000))  # Largest Image Pixel Value
    model = CTImage.from_dataset(dataset, strict=False)
    assert model.to_dataset(check=False)[0x00280107].VR == "US"
    model.write_part10(io.BytesIO(), check=False)
