"""3D RT Cone-Beam Imaging Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import detector_positioning_type as _detector_positioning_type
from dicomodel.enums import scan_arc_type as _scan_arc_type
from dicomodel.items.parameters_specification_sequence_item import (
    ParametersSpecificationSequenceItem,
)
from dicomodel.items.scan_start_position_sequence_item import ScanStartPositionSequenceItem
from dicomodel.model import Attribute, DicomModel


class ThreeDRTConeBeamImagingGeometryMacro(DicomModel):
    """3D RT Cone-Beam Imaging Geometry Macro Attributes (PS3.3 Table C.36.2.4.5-1)."""

    dicom_name: ClassVar[str] = "3D RT Cone-Beam Imaging Geometry"
    dicom_table: ClassVar[str] = "table_C.36.2.4.5-1"

    ScanArcType: Annotated[
        _scan_arc_type.ScanArcType | None,
        Attribute(
            0x3002012E,
            "CS",
            "1",
            "3",
            name="Scan Arc Type",
            enumerated=((0, ("FULL_ARC", "HALF_ARC", "CUSTOM_ARC")),),
        ),
    ] = None
    """Scan Arc Type (3002,012E): Type 3, VR CS, VM 1. Categorization of the amount of rotation of the scan. Enumerated Values: FULL_ARC 360 deg HALF_ARC 180 deg CUSTOM_ARC user defined scan range"""

    ScanStartPositionSequence: Annotated[
        list[ScanStartPositionSequenceItem],
        Attribute(0x3002012B, "SQ", "1", "1", name="Scan Start Position Sequence"),
    ]
    """Scan Start Position Sequence (3002,012B): Type 1, VR SQ, VM 1. Start Position of the 3D RT Cone Beam Radiation Imaging Acquisition. The angle is a Continuous Rotation Angle; see Section C.36.1.1.5. Only a single Item shall be included in this Sequence."""

    ScanStopPositionSequence: Annotated[
        list[ScanStartPositionSequenceItem],
        Attribute(0x3002012C, "SQ", "1", "1", name="Scan Stop Position Sequence"),
    ]
    """Scan Stop Position Sequence (3002,012C): Type 1, VR SQ, VM 1. Stop Position of the 3D RT Cone Beam Radiation Imaging Acquisition. The angle is a Continuous Rotation Angle; see Section C.36.1.1.5. Only a single Item shall be included in this Sequence."""

    DetectorPositioningType: Annotated[
        _detector_positioning_type.DetectorPositioningType | None,
        Attribute(
            0x3002012F,
            "CS",
            "1",
            "3",
            name="Detector Positioning Type",
            enumerated=((0, ("CENTERED", "SHIFTED")),),
        ),
    ] = None
    """Detector Positioning Type (3002,012F): Type 3, VR CS, VM 1. Fan type of acquisition. Enumerated Values: CENTERED Full fan, detector is centered, resulting in a normal field of view. SHIFTED Half fan, detector is laterally shifted by half of the detector size to increase the field of view."""

    ParametersSpecificationSequence: Annotated[
        list[ParametersSpecificationSequenceItem] | None,
        Attribute(0x00189913, "SQ", "1", "3", name="Parameters Specification Sequence"),
    ] = None
    """Parameters Specification Sequence (0018,9913): Type 3, VR SQ, VM 1. Acquisition parameters. One or more Items are permitted in this Sequence."""
