"""Round trips of the DICOM files bundled with pydicom: objects made by others.

Every file (test files and character set files) is read non-strict, since most
are not conformant, and must come back unchanged: Dataset -> model -> Dataset
equal element by element (tag, VR, value, value type, original text of DS IS
DA TM DT PN) and byte for byte when pydicom encodes both; DICOM JSON -> model ->
JSON equal, as Python objects and as text; our JSON equal to pydicom's own
``to_json_dict`` after the normalizations documented in
:mod:`dicomodel.serialize.json`. Strict reading accepts the conformant files and
refuses the others with the same issues.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset

from dicomodel.errors import DicomValidationError, DicomWriteError
from dicomodel.iods import SecondaryCaptureImage
from dicomodel.model import DicomModel
from dicomodel.serialize import dataset_to_json, model_class, read
from dicomodel.serialize.checks import write_problems
from tests.runtime.serialize.helpers import decode_all, element_diffs, encoded

DATA = Path(pydicom.__file__).parent / "data"
FILES = sorted(
    [*(DATA / "test_files").glob("*.dcm"), *(DATA / "charset_files").glob("*.dcm")],
    key=lambda path: path.name,
)
# The kinds of object the issue asks for; they ship with pydicom 3.0.2 (emri_small.dcm,
# a multi-frame MR, is downloaded on demand and so absent offline: the multi-frame US,
# RT Dose and Segmentation files stand in for it).
REQUIRED = {
    "CT_small.dcm": "CTImage",
    "MR_small.dcm": "MRImage",
    "rtplan.dcm": "RTPlan",
    "rtdose.dcm": "RTDose",
    "rtstruct.dcm": "RTStructureSet",
    "test-SR.dcm": "ComprehensiveSR",
    "examples_palette.dcm": "UltrasoundImage",
    "examples_ybr_color.dcm": "UltrasoundMultiFrameImage",
    "liver_1frame.dcm": "Segmentation",
    "waveform_ecg.dcm": "TwelveLeadECG",
    "chrJapMulti.dcm": "ComputedRadiographyImage",
}
# Files that strict reading accepts (no issue at all). Before the generator made the
# Type 1/2 attributes of conditionally included macros and of C/U modules conditional,
# only 14 did; the others were refused for ICC Profile and palette attributes that
# PS3.3 requires only when those modules are present.
CONFORMANT = {
    "CT_small.dcm",
    "examples_palette.dcm",  # Region Flags (0018,6016) is a bit field (C.8.5.5.1.3)
    "examples_ybr_color.dcm",
    "J2K_pixelrep_mismatch.dcm",
    "JPEG-lossy.dcm",
    "JPEG2000-embedded-sequence-delimiter.dcm",
    "JPEG2000.dcm",
    "JPGExtended.dcm",
    "MR_small.dcm",
    "MR_small_RLE.dcm",
    "MR_small_bigendian.dcm",
    "MR_small_expb.dcm",
    "MR_small_implicit.dcm",
    "MR_small_jp2klossless.dcm",
    "MR_small_jpeg_ls_lossless.dcm",
    "MR_small_padded.dcm",
    "SC_rgb_gdcm_KY.dcm",
    "SC_rgb_jpeg_lossy_gdcm.dcm",
    "SC_rgb_dcmtk_+eb+cr.dcm",
    "SC_rgb_dcmtk_+eb+cy+n1.dcm",
    "SC_rgb_dcmtk_+eb+cy+n2.dcm",
    "SC_rgb_dcmtk_+eb+cy+np.dcm",
    "SC_rgb_dcmtk_+eb+cy+s2.dcm",
    "SC_rgb_dcmtk_+eb+cy+s4.dcm",
    "SC_rgb_jpeg.dcm",
    "SC_rgb_jpeg_dcmd.dcm",
    "SC_rgb_jpeg_dcmtk.dcm",
    "SC_rgb_jpeg_gdcm.dcm",
    "SC_rgb_rle.dcm",
    "SC_rgb_rle_16bit.dcm",
    "SC_rgb_rle_16bit_2frame.dcm",
    "SC_rgb_rle_2frame.dcm",
    "SC_rgb_rle_32bit.dcm",
    "SC_rgb_rle_32bit_2frame.dcm",
    "SC_rgb_small_odd_jpeg.dcm",
    "SC_ybr_full_422_uncompressed.dcm",
    "chrArab.dcm",
    "chrFren.dcm",
    "chrFrenMulti.dcm",
    "chrGerm.dcm",
    "chrGreek.dcm",
    "chrH31.dcm",
    "chrH32.dcm",
    "chrHbrw.dcm",
    "chrI2.dcm",
    "chrRuss.dcm",
    "chrX1.dcm",
    "chrX2.dcm",
    "examples_jpeg2k.dcm",
    "examples_overlay.dcm",
    "examples_rgb_color.dcm",
    "image_dfl.dcm",
    "reportsi.dcm",
    "reportsi_with_empty_number_tags.dcm",
    "rtplan.dcm",
    "test-SR.dcm",
    "waveform_ecg.dcm",
}


def _load(path: Path) -> tuple[Dataset, type[DicomModel]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dataset = decode_all(pydicom.dcmread(path, force=True))
    try:
        cls = model_class(dataset)
    except Exception:  # no SOP Class UID: the elements all become extras of some model
        cls = SecondaryCaptureImage
    return dataset, cls


def _pydicom_normalized(data: dict[str, Any]) -> dict[str, Any]:
    """pydicom's JSON with our two documented choices: empty SQ has no Value; empty
    values among several are null."""
    out: dict[str, Any] = {}
    for key, entry in data.items():
        entry = dict(entry)
        if entry["vr"] == "SQ":
            if entry.get("Value") == []:
                del entry["Value"]
            elif "Value" in entry:
                entry["Value"] = [_pydicom_normalized(item) for item in entry["Value"]]
        elif len(entry.get("Value", ())) > 1:
            entry["Value"] = [None if value == "" else value for value in entry["Value"]]
        out[key] = entry
    return out


def test_the_required_kinds_of_file_are_bundled() -> None:
    names = {path.name for path in FILES}
    for name, model in REQUIRED.items():
        assert name in names, f"pydicom no longer bundles {name}"
        path = next(path for path in FILES if path.name == name)
        assert model_class(_load(path)[0]).__name__ == model
    assert get_testdata_file("CT_small.dcm") is not None


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_dataset_round_trip_is_exact(path: Path) -> None:
    dataset, cls = _load(path)
    model = read(dataset, strict=False, model=cls)
    out = model.to_dataset(check=False)
    assert element_diffs(dataset, out) == []
    implicit, little = dataset.original_encoding
    if implicit is None or little is None:
        implicit, little = False, True
    assert encoded(out, implicit, little) == encoded(dataset, implicit, little)
    if path.name in CONFORMANT:
        assert model.dicom_issues == ()
        assert read(dataset, model=cls) == model
        assert write_problems(model) == []
    else:
        assert model.dicom_issues
        with pytest.raises(DicomValidationError) as refused:
            read(dataset, model=cls)
        assert refused.value.issues == model.dicom_issues
        with pytest.raises(DicomWriteError) as unwritten:  # writers refuse it, with the same issues
            model.to_dataset()
        assert sorted(unwritten.value.issues, key=str) == sorted(model.dicom_issues, key=str)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_json_round_trip_is_exact(path: Path) -> None:
    dataset, cls = _load(path)
    data = dataset_to_json(dataset)
    model = cls.from_json_dict(data, strict=False)
    assert model.to_json_dict(check=False) == data
    assert element_diffs(dataset, model.to_dataset(check=False)) == []
    text = model.to_json(check=False)
    again = cls.from_json(text, strict=False)
    assert again.to_json(check=False) == text
    assert again == model


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_pydicom_json_agrees(path: Path) -> None:
    dataset, cls = _load(path)
    ours = read(dataset, strict=False, model=cls).to_json_dict(check=False)
    try:
        theirs = dataset.to_json_dict()
    except ValueError:
        # badVR.dcm: pydicom cannot convert a value it read (an IS "1A"); we keep it
        # as the string it is (CP-1861 allows strings for IS and DS).
        assert path.name == "badVR.dcm"
        return
    assert _pydicom_normalized(theirs) == ours
