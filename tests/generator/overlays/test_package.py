"""The shipped package (2024c + Supplement 243): Label Map Segmentation end to end."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
import pytest
from pydicom.uid import generate_uid

from dicomodel import iods, uids
from dicomodel._build import BUILD
from dicomodel.enums import SegmentationType
from dicomodel.errors import DicomValidationError
from dicomodel.iods import Segmentation
from dicomodel.iods.segmentation import SegmentationFunctionalGroupsItem
from dicomodel.items.dimension_organization_sequence_item import DimensionOrganizationSequenceItem
from dicomodel.items.segment_sequence_item import SegmentSequenceItem
from dicomodel.lazy import resolved
from dicomodel.model import DicomModel

PALETTE_AND_ICC = (
    "RedPaletteColorLookupTableDescriptor",
    "GreenPaletteColorLookupTableDescriptor",
    "BluePaletteColorLookupTableDescriptor",
    "PaletteColorLookupTableUID",
    "RedPaletteColorLookupTableData",
    "GreenPaletteColorLookupTableData",
    "BluePaletteColorLookupTableData",
    "SegmentedRedPaletteColorLookupTableData",
    "SegmentedGreenPaletteColorLookupTableData",
    "SegmentedBluePaletteColorLookupTableData",
    "ICCProfile",
    "ColorSpace",
)


def _item_class(model: type[DicomModel], field: str) -> type[DicomModel]:
    """The item class of a sequence field (``list[X]`` or ``list[X] | None``)."""
    annotation: Any = model.model_fields[field].annotation
    while typing.get_origin(annotation) is not list:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    item: type[DicomModel] = resolved(typing.get_args(annotation)[0])  # a Lazy reference
    return item


def test_build_records_the_overlay() -> None:
    assert BUILD["edition"] == "2024c"
    (overlay,) = BUILD["overlays"]
    assert (overlay["name"], overlay["date"]) == ("sup243", "2024-09-14")


def test_uid_and_sop_class_registry() -> None:
    assert uids.LabelMapSegmentationStorage == "1.2.840.10008.5.1.4.1.1.66.7"
    info = uids.UID_INFO[uids.LabelMapSegmentationStorage]
    assert (info.name, info.type) == ("Label Map Segmentation Storage", "SOP Class")
    assert iods.for_sop_class(uids.LabelMapSegmentationStorage) is Segmentation
    assert iods.for_sop_class(uids.SegmentationStorage) is Segmentation


def test_labelmap_segmentation_type_and_new_values() -> None:
    assert SegmentationType.LABELMAP.value == "LABELMAP"
    attributes = Segmentation.dicom_attributes()
    assert dict(attributes["PhotometricInterpretation"].enumerated)[0] == (
        "MONOCHROME2",
        "PALETTE COLOR",
    )
    assert dict(attributes["BitsAllocated"].enumerated)[0] == ("1", "8", "16")
    assert dict(attributes["BitsStored"].enumerated)[0] == ("1", "8", "16")
    assert dict(attributes["HighBit"].enumerated)[0] == ("0", "7", "15")
    for keyword in PALETTE_AND_ICC:
        assert keyword in Segmentation.model_fields, keyword


def labelmap(**changes: Any) -> Segmentation:
    """A LABELMAP Segmentation with PALETTE COLOR, 8-bit, one 4 x 4 frame."""
    category = _item_class(SegmentSequenceItem, "SegmentedPropertyCategoryCodeSequence")
    property_type = _item_class(SegmentSequenceItem, "SegmentedPropertyTypeCodeSequence")
    measures = _item_class(SegmentationFunctionalGroupsItem, "PixelMeasuresSequence")
    content = _item_class(SegmentationFunctionalGroupsItem, "FrameContentSequence")
    dimension = _item_class(Segmentation, "DimensionIndexSequence")
    organization = generate_uid()

    def segment(number: int, label: str, code: str) -> SegmentSequenceItem:
        return SegmentSequenceItem(
            SegmentNumber=number,
            SegmentLabel=label,
            SegmentAlgorithmType="MANUAL",
            SegmentedPropertyCategoryCodeSequence=[
                category(CodeValue="85756007", CodingSchemeDesignator="SCT", CodeMeaning="Tissue")
            ],
            SegmentedPropertyTypeCodeSequence=[
                property_type(CodeValue=code, CodingSchemeDesignator="SCT", CodeMeaning=label)
            ],
        )

    pixels = np.zeros((4, 4), dtype=np.uint8)
    pixels[1:3, 1:3] = 1
    ramp = bytes(range(256))
    values: dict[str, Any] = {
        "PatientName": "Doe^Jane",
        "PatientID": "7",
        "PatientBirthDate": None,
        "PatientSex": None,
        "StudyInstanceUID": generate_uid(),
        "StudyDate": None,
        "StudyTime": None,
        "ReferringPhysicianName": None,
        "StudyID": None,
        "AccessionNumber": None,
        "Modality": "SEG",
        "SeriesInstanceUID": generate_uid(),
        "SeriesNumber": 1,
        "Manufacturer": "dicomodel",
        "ManufacturerModelName": "tests",
        "DeviceSerialNumber": "1",
        "SoftwareVersions": ["0.1"],
        "InstanceNumber": 1,
        "ContentDate": "20240914",
        "ContentTime": "120000",
        "ImageType": ["DERIVED", "PRIMARY"],
        "LossyImageCompression": "00",
        "SamplesPerPixel": 1,
        "PhotometricInterpretation": "PALETTE COLOR",
        "Rows": 4,
        "Columns": 4,
        "BitsAllocated": 8,
        "BitsStored": 8,
        "HighBit": 7,
        "PixelRepresentation": 0,
        "RedPaletteColorLookupTableDescriptor": [256, 0, 8],
        "GreenPaletteColorLookupTableDescriptor": [256, 0, 8],
        "BluePaletteColorLookupTableDescriptor": [256, 0, 8],
        "RedPaletteColorLookupTableData": ramp,
        "GreenPaletteColorLookupTableData": ramp[::-1],
        "BluePaletteColorLookupTableData": ramp,
        "ICCProfile": b"\x00" * 128,
        "ContentLabel": "LABELS",
        "ContentDescription": None,
        "SegmentationType": "LABELMAP",
        "SegmentsOverlap": "NO",
        "SegmentSequence": [
            segment(0, "Background", "255290003"),
            segment(1, "Lesion", "52988006"),
        ],
        "SharedFunctionalGroupsSequence": [
            SegmentationFunctionalGroupsItem(
                PixelMeasuresSequence=[measures(PixelSpacing=[1, 1], SliceThickness=1)]
            )
        ],
        "PerFrameFunctionalGroupsSequence": [
            SegmentationFunctionalGroupsItem(
                FrameContentSequence=[
                    content(DimensionIndexValues=[1], StackID="1", InStackPositionNumber=1)
                ]
            )
        ],
        "NumberOfFrames": 1,
        "DimensionOrganizationSequence": [
            DimensionOrganizationSequenceItem(DimensionOrganizationUID=organization)
        ],
        # Dimension Index Sequence: 1C, required unless TILED_FULL (Table C.7.6.17-1);
        # Frame of Reference Module: required without Derivation Image (Table A.51-1).
        "DimensionIndexSequence": [
            dimension(
                DimensionOrganizationUID=organization,
                DimensionIndexPointer=0x00209057,
                FunctionalGroupPointer=0x00209111,
            )
        ],
        "FrameOfReferenceUID": generate_uid(),
        "PositionReferenceIndicator": None,
        "PixelPaddingValue": 0,
        "PixelData": pixels.tobytes(),
        "SOPClassUID": uids.LabelMapSegmentationStorage,
        "SOPInstanceUID": generate_uid(),
    }
    return Segmentation.model_validate(values | changes)


def test_a_labelmap_instance_with_palette_color_validates() -> None:
    segmentation = labelmap()
    assert segmentation.SegmentationType is SegmentationType.LABELMAP
    assert segmentation.PhotometricInterpretation.value == "PALETTE COLOR"
    assert segmentation.BitsAllocated == 8
    sixteen = labelmap(BitsAllocated=16, BitsStored=16, HighBit=15, PixelData=bytes(32))
    assert sixteen.BitsAllocated == 16
    with pytest.raises(DicomValidationError, match="PhotometricInterpretation"):
        labelmap(PhotometricInterpretation="RGB")
    with pytest.raises(DicomValidationError, match="BitsAllocated"):
        labelmap(BitsAllocated=12)


def test_a_labelmap_part10_file_reads_back_in_pydicom_and_highdicom(tmp_path: Path) -> None:
    import highdicom

    path = tmp_path / "labelmap.dcm"
    labelmap().write_part10(path)
    dataset = pydicom.dcmread(path)
    assert dataset.SOPClassUID == "1.2.840.10008.5.1.4.1.1.66.7"
    assert (dataset.SegmentationType, dataset.PhotometricInterpretation) == (
        "LABELMAP",
        "PALETTE COLOR",
    )
    assert dataset.pixel_array.tolist() == [[0, 0, 0, 0], [0, 1, 1, 0], [0, 1, 1, 0], [0, 0, 0, 0]]
    segmentation = highdicom.seg.segread(path)
    assert segmentation.segmentation_type.value == "LABELMAP"
    assert list(segmentation.get_segment_numbers()) == [1]
