"""Validation of real objects against their IOD: conditions decided, both ways.

Each rule is proven on a real object (pydicom's CT_small, a highdicom
Segmentation) once broken and once kept, and each cites the PS3.3 table that
states it.
"""

from __future__ import annotations

import warnings

import highdicom as hd
import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes

import dicomodel
from dicomodel.errors import Issue, Rule, Severity
from dicomodel.iods import CTImage, Segmentation

UID_ROOT = "1.2.826.0.1.3680043.10.1420.13."


def _ct() -> Dataset:
    path = get_testdata_file("CT_small.dcm")
    assert path is not None
    return pydicom.dcmread(path)


def _findings(dataset: Dataset, keyword: str) -> list[Issue]:
    return [issue for issue in dicomodel.validate(dataset) if issue.keyword == keyword]


def _errors(issues: list[Issue]) -> list[Issue]:
    return [issue for issue in issues if issue.severity is Severity.ERROR]


def test_ct_small_without_patient_position_is_an_error() -> None:
    """(0018,5100) is 2C in Table C.7-5a: required for CT when no Patient Orientation
    Code Sequence is present."""
    ct = _ct()
    assert _errors(_findings(ct, "PatientPosition")) == []
    del ct.PatientPosition
    found = _errors(_findings(ct, "PatientPosition"))
    assert len(found) == 1
    issue = found[0]
    assert issue.rule is Rule.CONDITION
    assert issue.tag == 0x00185100
    assert "Table C.7-5a" in issue.source
    # With the code sequence instead, the condition is false: no error.
    code = Dataset()
    code.CodeValue = "F-10450"
    code.CodingSchemeDesignator = "99SDM"
    code.CodeMeaning = "recumbent"
    ct.PatientOrientationCodeSequence = [code]
    assert _errors(_findings(ct, "PatientPosition")) == []


def test_ct_small_passes_conditions_it_meets() -> None:
    """CT_small as published breaks no decided condition of the CT Image IOD."""
    errors = [i for i in _errors(dicomodel.validate(_ct())) if i.rule is Rule.CONDITION]
    assert errors == []


def test_laterality_is_undecided_not_an_error() -> None:
    """(0020,0060) 2C, Table C.7-5a: "Required if the body part examined is a paired
    structure and Image Laterality ... not present": the first part is not in the data."""
    ct = _ct()
    assert ct.Laterality == ""  # present, empty: a 2C may be
    assert _findings(ct, "Laterality") == []
    del ct.Laterality
    found = _findings(ct, "Laterality")
    assert [issue.severity for issue in found] == [Severity.UNDECIDED]
    assert "paired" in found[0].message
    ct.ImageLaterality = "R"
    assert _findings(ct, "Laterality") == []


def test_conditional_module_both_ways() -> None:
    """Multi-energy CT Image Module, Table A.3-1: required if Multi-energy CT Acquisition
    (0018,9361) is YES."""
    ct = _ct()
    module = [i for i in dicomodel.validate(ct) if i.path == "Multi-energy CT Image"]
    assert module == []
    ct.MultienergyCTAcquisition = "YES"
    module = [i for i in dicomodel.validate(ct) if i.path == "Multi-energy CT Image"]
    assert [(i.rule, i.severity) for i in module] == [(Rule.MODULE, Severity.ERROR)]
    assert "Table A.3-1" in module[0].source


def test_module_whose_condition_is_outside_the_data_set_is_undecided() -> None:
    """Synchronization Module, Table A.3-1: "Required if time synchronization was
    applied": nothing in the data set says, and CT_small has none of its attributes."""
    found = [i for i in dicomodel.validate(_ct()) if i.path == "Synchronization"]
    assert [(i.rule, i.severity) for i in found] == [(Rule.MODULE, Severity.UNDECIDED)]


def _segmentation(algorithm: hd.seg.SegmentAlgorithmTypeValues) -> Dataset:
    ct = _ct()
    mask = np.zeros((1, ct.Rows, ct.Columns), dtype=bool)
    mask[0, 10:40, 20:50] = True
    automatic = algorithm is not hd.seg.SegmentAlgorithmTypeValues.MANUAL
    segment = hd.seg.SegmentDescription(
        segment_number=1,
        segment_label="liver",
        segmented_property_category=codes.SCT.Organ,
        segmented_property_type=codes.SCT.Liver,
        algorithm_type=algorithm,
        algorithm_identification=hd.AlgorithmIdentificationSequence(
            name="thresholds", version="1.0", family=codes.DCM.ArtificialIntelligence
        )
        if automatic
        else None,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return hd.seg.Segmentation(
            source_images=[ct],
            pixel_array=mask,
            segmentation_type=hd.seg.SegmentationTypeValues.BINARY,
            segment_descriptions=[segment],
            series_instance_uid=UID_ROOT + "1",
            series_number=2,
            sop_instance_uid=UID_ROOT + "2",
            instance_number=1,
            manufacturer="dicomodel",
            manufacturer_model_name="tests",
            software_versions="0.1",
            device_serial_number="1",
        )


def test_condition_inside_a_sequence_item_names_the_item() -> None:
    """Segment Algorithm Name (0062,0009) is 1C in Table C.8.20-4: required if Segment
    Algorithm Type (0062,0008) is not MANUAL; decided in the Segment Sequence item."""
    seg = _segmentation(hd.seg.SegmentAlgorithmTypeValues.AUTOMATIC)
    assert _errors(_findings(seg, "SegmentAlgorithmName")) == []
    del seg.SegmentSequence[0].SegmentAlgorithmName
    found = _errors(_findings(seg, "SegmentAlgorithmName"))
    assert [issue.path for issue in found] == ["SegmentSequence[0].SegmentAlgorithmName"]
    assert found[0].rule is Rule.CONDITION
    manual = _segmentation(hd.seg.SegmentAlgorithmTypeValues.MANUAL)
    assert _errors(_findings(manual, "SegmentAlgorithmName")) == []


def test_highdicom_segmentation_has_no_error() -> None:
    seg = _segmentation(hd.seg.SegmentAlgorithmTypeValues.MANUAL)
    assert _errors(dicomodel.validate(seg)) == []
    assert type(dicomodel.read(seg)) is Segmentation


def test_problems_of_a_model_match_validate() -> None:
    ct = _ct()
    del ct.PatientPosition
    model = CTImage.from_dataset(ct, strict=False)
    keywords = {issue.keyword for issue in _errors(model.problems())}
    assert "PatientPosition" in keywords


@pytest.mark.parametrize("severity", list(Severity))
def test_severity_values_are_the_json_words(severity: Severity) -> None:
    assert str(severity) in {"error", "warning", "undecided"}


def _secondary_capture() -> Dataset:
    path = get_testdata_file("SC_rgb_small_odd.dcm")
    assert path is not None
    return pydicom.dcmread(path)


def _modality_lut_item() -> Dataset:
    item = Dataset()
    item.LUTDescriptor = [2, 0, 16]
    item.ModalityLUTType = "OD"
    item.LUTData = [0, 1]
    return item


def test_shall_not_be_present_both_ways() -> None:
    """Modality LUT Module, Table C.11-1: Modality LUT Sequence (0028,3000) "Shall not be
    present if Rescale Intercept (0028,1052) is present"."""
    sc = _secondary_capture()
    sc.ModalityLUTSequence = [_modality_lut_item()]
    assert "RescaleIntercept" not in sc
    assert [i for i in _findings(sc, "ModalityLUTSequence") if i.rule is Rule.NOT_ALLOWED] == []
    sc.RescaleIntercept = 0
    sc.RescaleSlope = 1
    sc.RescaleType = "US"
    found = [i for i in _findings(sc, "ModalityLUTSequence") if i.rule is Rule.NOT_ALLOWED]
    assert [(i.severity, i.tag) for i in found] == [(Severity.ERROR, 0x00283000)]
    assert "Table C.11-1" in found[0].source
