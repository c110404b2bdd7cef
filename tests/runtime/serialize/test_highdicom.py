"""Round trips of objects written by highdicom: a BINARY Segmentation built from a
pydicom CT, a Secondary Capture and a Comprehensive 3D SR."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable

import highdicom as hd
import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes

from dicomodel.iods import Comprehensive3DSR, SecondaryCaptureImage, Segmentation
from dicomodel.serialize import dataset_to_json, read
from tests.runtime.serialize.helpers import decode_all, element_diffs, encoded

UID_ROOT = "1.2.826.0.1.3680043.10.1420.9."


def _ct() -> Dataset:
    return pydicom.dcmread(get_testdata_file("CT_small.dcm"))


def _segmentation() -> Dataset:
    ct = _ct()
    mask = np.zeros((1, ct.Rows, ct.Columns), dtype=bool)
    mask[0, 10:40, 20:50] = True
    segment = hd.seg.SegmentDescription(
        segment_number=1,
        segment_label="liver",
        segmented_property_category=codes.SCT.Organ,
        segmented_property_type=codes.SCT.Liver,
        algorithm_type=hd.seg.SegmentAlgorithmTypeValues.MANUAL,
    )
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


def _secondary_capture() -> Dataset:
    return hd.sc.SCImage.from_ref_dataset(
        ref_dataset=_ct(),
        pixel_array=np.arange(256, dtype=np.uint8).reshape(16, 16),
        photometric_interpretation="MONOCHROME2",
        bits_allocated=8,
        coordinate_system="PATIENT",
        series_instance_uid=UID_ROOT + "3",
        sop_instance_uid=UID_ROOT + "4",
        series_number=3,
        instance_number=1,
        manufacturer="dicomodel",
        pixel_spacing=[0.5, 0.5],
        patient_orientation=["L", "P"],
    )


def _comprehensive_3d_sr() -> Dataset:
    ct = _ct()
    observer = hd.sr.ObserverContext(
        observer_type=codes.DCM.Person,
        observer_identifying_attributes=hd.sr.PersonObserverIdentifyingAttributes(name="Doe^Jane"),
    )
    region = hd.sr.ImageRegion3D(
        graphic_type=hd.sr.GraphicTypeValues3D.POINT,
        graphic_data=np.array([[1.0, 2.0, 3.0]]),
        frame_of_reference_uid=ct.FrameOfReferenceUID,
    )
    group = hd.sr.PlanarROIMeasurementsAndQualitativeEvaluations(
        tracking_identifier=hd.sr.TrackingIdentifier(uid=UID_ROOT + "5", identifier="ROI 1"),
        referenced_region=region,
        finding_type=codes.SCT.Lesion,
        measurements=[
            hd.sr.Measurement(name=codes.SCT.Diameter, value=10.5, unit=codes.UCUM.Millimeter)
        ],
    )
    report = hd.sr.MeasurementReport(
        observation_context=hd.sr.ObservationContext(observer_person_context=observer),
        procedure_reported=codes.LN.CTUnspecifiedBodyRegion,
        imaging_measurements=[group],
    )
    return hd.sr.Comprehensive3DSR(
        evidence=[ct],
        content=report,
        series_number=4,
        series_instance_uid=UID_ROOT + "6",
        sop_instance_uid=UID_ROOT + "7",
        instance_number=1,
        manufacturer="dicomodel",
    )


def _written(make: Callable[[], Dataset]) -> Dataset:
    """What highdicom writes, read back by pydicom."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        make().save_as(buffer)
    buffer.seek(0)
    return decode_all(pydicom.dcmread(buffer))


OBJECTS = {
    "segmentation": (_segmentation, Segmentation),
    "secondary capture": (_secondary_capture, SecondaryCaptureImage),
    "comprehensive 3d sr": (_comprehensive_3d_sr, Comprehensive3DSR),
}


@pytest.mark.parametrize("name", OBJECTS)
def test_highdicom_objects_round_trip(name: str) -> None:
    make, cls = OBJECTS[name]
    dataset = _written(make)
    model = read(dataset, strict=False)
    assert type(model) is cls
    out = model.to_dataset()
    assert element_diffs(dataset, out) == []
    assert encoded(out, False, True) == encoded(dataset, False, True)
    data = dataset_to_json(dataset)
    assert cls.from_json_dict(data, strict=False).to_json_dict() == data
    text = model.to_json()
    assert cls.from_json(text, strict=False).to_json() == text
    assert model.dicom_issues == ()


def test_highdicom_segmentation_has_nothing_left_over() -> None:
    dataset = _written(_segmentation)
    model = Segmentation.from_dataset(dataset, strict=False)
    assert model.SegmentationType == "BINARY"
    assert model.SegmentSequence[0].SegmentedPropertyTypeCodeSequence[0].CodeValue == "10200004"
    assert model.dicom_issues == ()
    assert len(model.dicom_extra) == 0
    for item in model.PerFrameFunctionalGroupsSequence or []:
        assert len(item.dicom_extra) == 0


def test_highdicom_segmentation_read_from_memory() -> None:
    # In memory, highdicom's Pixel Data keeps the dictionary's VR "OB or OW"; a strict
    # read takes it and resolves it as PS3.5 does (Bits Allocated 1: OB, PS3.5 8.1.2).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dataset = _segmentation()
    model = Segmentation.from_dataset(dataset)
    assert model.to_dataset()["PixelData"].VR == "OB"
    assert model.to_dataset()["PixelData"].value == dataset.PixelData
