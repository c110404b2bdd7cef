"""CR Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.cassette_orientation import (
        CassetteOrientationValue as _CassetteOrientationValue,
    )
    from dicomodel.enums.cassette_size import CassetteSizeTerm as _CassetteSizeTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImageValue as _PhotometricInterpretationCRImageValue,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationTypeValue as _PixelSpacingCalibrationTypeValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _CassetteOrientationValue = Lazy(
        "dicomodel.enums.cassette_orientation", "CassetteOrientationValue"
    )
    _CassetteSizeTerm = Lazy("dicomodel.enums.cassette_size", "CassetteSizeTerm")
    _PhotometricInterpretationCRImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationCRImageValue"
    )
    _PixelSpacingCalibrationTypeValue = Lazy(
        "dicomodel.enums.pixel_spacing_calibration_type", "PixelSpacingCalibrationTypeValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.cassette_orientation import CassetteOrientation as CassetteOrientation
    from dicomodel.enums.cassette_size import CassetteSizeTerm as CassetteSizeTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationType as PixelSpacingCalibrationType,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "CRImageModule",
    "CassetteOrientation",
    "CassetteSizeTerm",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PhotometricInterpretation",
    "PixelSpacingCalibrationType",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
]


class CRImageModule(DicomModel):
    """CR Image Module Attributes (PS3.3 Table C.8-2)."""

    dicom_name: ClassVar[str] = "CR Image"
    dicom_table: ClassVar[str] = "table_C.8-2"

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationCRImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME1 MONOCHROME2"""

    KVP: Annotated[vr.DS | None, Attribute(0x00180060, "DS", "1", "3", name="KVP")] = None
    """KVP (0018,0060): Type 3, VR DS, VM 1. Peak kilo voltage output of the X-Ray generator used."""

    PlateID: Annotated[vr.LO | None, Attribute(0x00181004, "LO", "1", "3", name="Plate ID")] = None
    """Plate ID (0018,1004): Type 3, VR LO, VM 1. The ID or serial number of the sensing plate upon which the image was acquired."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance in mm from source to detector center. This value is traditionally referred to as Source Image Receptor Distance (SID)."""

    DistanceSourceToPatient: Annotated[
        vr.DS | None, Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient")
    ] = None
    """Distance Source to Patient (0018,1111): Type 3, VR DS, VM 1. Distance in mm from source to center of field of view. This value is traditionally referred to as Source Object Distance (SOD)."""

    ExposureTime: Annotated[
        vr.IS | None, Attribute(0x00181150, "IS", "1", "3", name="Exposure Time")
    ] = None
    """Exposure Time (0018,1150): Type 3, VR IS, VM 1. Time of X-Ray exposure in msec."""

    XRayTubeCurrent: Annotated[
        vr.IS | None, Attribute(0x00181151, "IS", "1", "3", name="X-Ray Tube Current")
    ] = None
    """X-Ray Tube Current (0018,1151): Type 3, VR IS, VM 1. X-Ray Tube Current in mA."""

    Exposure: Annotated[vr.IS | None, Attribute(0x00181152, "IS", "1", "3", name="Exposure")] = None
    """Exposure (0018,1152): Type 3, VR IS, VM 1. The exposure expressed in mAs, for example calculated from Exposure Time and X-Ray Tube Current."""

    ExposureInuAs: Annotated[
        vr.IS | None, Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs")
    ] = None
    """Exposure in µAs (0018,1153): Type 3, VR IS, VM 1. The exposure expressed in µAs, for example calculated from Exposure Time and X-Ray Tube Current."""

    ImagerPixelSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x00181164, "DS", "2", "3", name="Imager Pixel Spacing")
    ] = None
    """Imager Pixel Spacing (0018,1164): Type 3, VR DS, VM 2. Physical distance measured at the front plane of the Image Receptor housing between the center of each pixel. Specified by a numeric pair - row spacing value (delimiter) column spacing value - in mm."""

    PixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00280030,
            "DS",
            "2",
            "1C",
            name="Pixel Spacing",
            when=("unknown", "names no attribute: the image has been calibrated"),
            otherwise="may",
        ),
    ] = None
    """Pixel Spacing (0028,0030): Type 1C, VR DS, VM 2. Required if the image has been calibrated. May be present otherwise. Physical distance in the Patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.1 and Section 10.7.1.3."""

    PixelSpacingCalibrationType: Annotated[
        _PixelSpacingCalibrationTypeValue | None,
        Attribute(
            0x00280A02,
            "CS",
            "1",
            "3",
            name="Pixel Spacing Calibration Type",
            enumerated=((0, ("GEOMETRY", "FIDUCIAL")),),
        ),
    ] = None
    """Pixel Spacing Calibration Type (0028,0A02): Type 3, VR CS, VM 1. The type of correction for the effect of geometric magnification or calibration against an object of known size, if any. See Section 10.7.1.2."""

    PixelSpacingCalibrationDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00280A04,
            "LO",
            "1",
            "1C",
            name="Pixel Spacing Calibration Description",
            when=("present", 0x00280A02),
        ),
    ] = None
    """Pixel Spacing Calibration Description (0028,0A04): Type 1C, VR LO, VM 1. Required if Pixel Spacing Calibration Type (0028,0A02) is present. A free text description of the type of correction or calibration performed. In the case of correction, the text might include description of the assumptions made about the body part and geometry and depth within the Patient."""

    GeneratorPower: Annotated[
        vr.IS | None, Attribute(0x00181170, "IS", "1", "3", name="Generator Power")
    ] = None
    """Generator Power (0018,1170): Type 3, VR IS, VM 1. Power in kW to the X-Ray generator."""

    AcquisitionDeviceProcessingDescription: Annotated[
        vr.LO | None,
        Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
    ] = None
    """Acquisition Device Processing Description (0018,1400): Type 3, VR LO, VM 1. Describes device-specific processing associated with the image (e.g., Organ Description)."""

    AcquisitionDeviceProcessingCode: Annotated[
        vr.LO | None,
        Attribute(0x00181401, "LO", "1", "3", name="Acquisition Device Processing Code"),
    ] = None
    """Acquisition Device Processing Code (0018,1401): Type 3, VR LO, VM 1. Code representing the device-specific processing associated with the image (e.g., CR Organ Filtering code)."""

    CassetteOrientation: Annotated[
        _CassetteOrientationValue | None,
        Attribute(
            0x00181402,
            "CS",
            "1",
            "3",
            name="Cassette Orientation",
            enumerated=((0, ("LANDSCAPE", "PORTRAIT")),),
        ),
    ] = None
    """Cassette Orientation (0018,1402): Type 3, VR CS, VM 1. Orientation of cassette, used to properly position the image for display. Enumerated Values: LANDSCAPE PORTRAIT"""

    CassetteSize: Annotated[
        _CassetteSizeTerm | vr.CS | None,
        Attribute(0x00181403, "CS", "1", "3", name="Cassette Size"),
    ] = None
    """Cassette Size (0018,1403): Type 3, VR CS, VM 1. Size of cassette. Defined Terms: 18CMX24CM 8INX10IN 24CMX30CM 10INX12IN 30CMX35CM 30CMX40CM 11INX14IN 35CMX35CM 14INX14IN 35CMX43CM 14INX17IN"""

    ExposuresOnPlate: Annotated[
        vr.US | None, Attribute(0x00181404, "US", "1", "3", name="Exposures on Plate")
    ] = None
    """Exposures on Plate (0018,1404): Type 3, VR US, VM 1. Total number of X-Ray exposures that have been made on the plate identified in Plate ID (0018,1004)."""

    RelativeXRayExposure: Annotated[
        vr.IS | None, Attribute(0x00181405, "IS", "1", "3", name="Relative X-Ray Exposure")
    ] = None
    """Relative X-Ray Exposure (0018,1405): Type 3, VR IS, VM 1. Relative X-Ray exposure on the plate. Meaning of values is implementation specific. May be used to adjust the dynamic range of the plate digitizer (scanner). This value is manufacturer-specific."""

    Sensitivity: Annotated[
        vr.DS | None, Attribute(0x00186000, "DS", "1", "3", name="Sensitivity")
    ] = None
    """Sensitivity (0018,6000): Type 3, VR DS, VM 1. Read out sensitivity. This value is manufacturer-specific. DICOM specifies Standard Attributes in the Section 10.19 Exposure Index Macro, which are recommended."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 3, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item is permitted in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    ExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181411, "DS", "1", "3", name="Exposure Index")
    ] = None
    """Exposure Index (0018,1411): Type 3, VR DS, VM 1. Measure of the detector response to radiation in the relevant image region of an image acquired with a digital X-Ray imaging system as defined in IEC 62494-1."""

    TargetExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index")
    ] = None
    """Target Exposure Index (0018,1412): Type 3, VR DS, VM 1. The target value used to calculate Deviation Index (0018,1413) as defined in IEC 62494-1."""

    DeviationIndex: Annotated[
        vr.DS | None, Attribute(0x00181413, "DS", "1", "3", name="Deviation Index")
    ] = None
    """Deviation Index (0018,1413): Type 3, VR DS, VM 1. A scaled representation of the difference of the Exposure Index compared to the Target Exposure Index as defined in IEC 62494-1 and the report of AAPM TG 116."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "CassetteOrientation": ("dicomodel.enums.cassette_orientation", "CassetteOrientation"),
    "CassetteSizeTerm": ("dicomodel.enums.cassette_size", "CassetteSizeTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationCRImage",
    ),
    "PixelSpacingCalibrationType": (
        "dicomodel.enums.pixel_spacing_calibration_type",
        "PixelSpacingCalibrationType",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
