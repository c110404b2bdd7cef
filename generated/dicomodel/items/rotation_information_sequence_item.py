"""Item class RotationInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rotation_direction import RotationDirectionValue as _RotationDirectionValue
else:
    from dicomodel.lazy import Lazy

    _RotationDirectionValue = Lazy("dicomodel.enums.rotation_direction", "RotationDirectionValue")

if TYPE_CHECKING:
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection

__all__ = [
    "RotationDirection",
    "RotationInformationSequenceItem",
]


class RotationInformationSequenceItem(DicomModel):
    """An item of Rotation Information Sequence (0054,0052), as first defined in NM Tomo Acquisition Module Attributes (C.8-12)."""

    dicom_name: ClassVar[str] = "Rotation Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-12"

    StartAngle: Annotated[vr.DS, Attribute(0x00540200, "DS", "1", "1", name="Start Angle")]
    """Start Angle (0054,0200): Type 1, VR DS, VM 1. Position of the detector about the patient for the start of this rotation, in degrees. Zero degrees is referenced to the origin at the patient's back."""

    AngularStep: Annotated[vr.DS, Attribute(0x00181144, "DS", "1", "1", name="Angular Step")]
    """Angular Step (0018,1144): Type 1, VR DS, VM 1. The angular scan arc step between views of the Tomo acquisition, in degrees. See Section C.8.4.12.1.1 for further explanation."""

    RotationDirection: Annotated[
        _RotationDirectionValue,
        Attribute(
            0x00181140, "CS", "1", "1", name="Rotation Direction", enumerated=((0, ("CW", "CC")),)
        ),
    ]
    """Rotation Direction (0018,1140): Type 1, VR CS, VM 1. Direction of rotation of the detector about the patient. See Start Angle (0054,0200) for further explanation of direction. Enumerated Values: CW clockwise (decreasing angle) CC counter-clockwise (increasing angle)."""

    ScanArc: Annotated[vr.DS, Attribute(0x00181143, "DS", "1", "1", name="Scan Arc")]
    """Scan Arc (0018,1143): Type 1, VR DS, VM 1. The effective angular range of the scan data in degrees. The value shall be positive."""

    ActualFrameDuration: Annotated[
        vr.IS, Attribute(0x00181242, "IS", "1", "1", name="Actual Frame Duration")
    ]
    """Actual Frame Duration (0018,1242): Type 1, VR IS, VM 1. Nominal acquisition time per angular position, in msec."""

    RadialPosition: Annotated[
        list[vr.DS] | None, Attribute(0x00181142, "DS", "1-n", "3", name="Radial Position")
    ] = None
    """Radial Position (0018,1142): Type 3, VR DS, VM 1-n. Radial distance of the detector from the center of rotation, in mm. It shall have a single value that is an average value for this rotation, or it shall have one value per angular view."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None,
        Attribute(
            0x00181110,
            "DS",
            "1",
            "2C",
            name="Distance Source to Detector",
            when=("value", 0x00080008, 4, "in", ("TRANSMISSION",)),
        ),
    ] = None
    """Distance Source to Detector (0018,1110): Type 2C, VR DS, VM 1. Required if Image Type (0008,0008) Value 4 is TRANSMISSION. Distance in mm from transmission source to the detector face. Required if Image Type (0008,0008) Value 4 is TRANSMISSION."""

    NumberOfFramesInRotation: Annotated[
        vr.US, Attribute(0x00540053, "US", "1", "1", name="Number of Frames in Rotation")
    ]
    """Number of Frames in Rotation (0054,0053): Type 1, VR US, VM 1. Number of angular views in this rotation."""

    TableTraverse: Annotated[
        vr.DS | None, Attribute(0x00181131, "DS", "1", "3", name="Table Traverse")
    ] = None
    """Table Traverse (0018,1131): Type 3, VR DS, VM 1. Location of the patient table (or gantry relative to the table) in mm. The range and values of this element are determined by the manufacturer."""

    TableHeight: Annotated[
        vr.DS | None, Attribute(0x00181130, "DS", "1", "3", name="Table Height")
    ] = None
    """Table Height (0018,1130): Type 3, VR DS, VM 1. The distance in mm of the top of the patient table to the center of rotation. Table height below the center of rotation has a positive value."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RotationDirection": ("dicomodel.enums.rotation_direction", "RotationDirection"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
