"""XA Positioner Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.positioner_motion import PositionerMotionTerm as _PositionerMotionTerm
else:
    from dicomodel.lazy import Lazy

    _PositionerMotionTerm = Lazy("dicomodel.enums.positioner_motion", "PositionerMotionTerm")

if TYPE_CHECKING:
    from dicomodel.enums.positioner_motion import PositionerMotionTerm as PositionerMotionTerm

__all__ = [
    "PositionerMotionTerm",
    "XAPositionerModule",
]


class XAPositionerModule(DicomModel):
    """XA Positioner Module Attributes (PS3.3 Table C.8-30)."""

    dicom_name: ClassVar[str] = "XA Positioner"
    dicom_table: ClassVar[str] = "table_C.8-30"

    DistanceSourceToPatient: Annotated[
        vr.DS | None, Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient")
    ] = None
    """Distance Source to Patient (0018,1111): Type 3, VR DS, VM 1. Distance in mm from source to center of field of view. This value is traditionally referred to as Source Object Distance (SOD). For cardiovascular image equipment the SOD value typically is the distance from source to isocenter."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance in mm from source to detector center. This value is traditionally referred to as Source Image Receptor Distance (SID)."""

    EstimatedRadiographicMagnificationFactor: Annotated[
        vr.DS | None,
        Attribute(0x00181114, "DS", "1", "3", name="Estimated Radiographic Magnification Factor"),
    ] = None
    """Estimated Radiographic Magnification Factor (0018,1114): Type 3, VR DS, VM 1. Ratio of Source Image Receptor Distance (SID) over Source Object Distance (SOD)."""

    PositionerMotion: Annotated[
        _PositionerMotionTerm | vr.CS | None,
        Attribute(
            0x00181500,
            "CS",
            "1",
            "2C",
            name="Positioner Motion",
            when=("compare", 0x00280008, 1, ">", 1),
            otherwise="may",
        ),
    ] = None
    """Positioner Motion (0018,1500): Type 2C, VR CS, VM 1. Required if Pixel Data (7FE0,0010) contains more than one frame. May be present otherwise. Used to describe the activity of the imaging devices. Defined Terms: DYNAMIC STATIC See Section C.8.7.5.1.1. Required if Pixel Data (7FE0,0010) contains more than one frame. May be present otherwise."""

    PositionerPrimaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181510, "DS", "1", "2", name="Positioner Primary Angle")
    ]
    """Positioner Primary Angle (0018,1510): Type 2, VR DS, VM 1. Position of the X-Ray Image Intensifier about the patient from the RAO to LAO direction where movement from RAO to vertical is positive. See Section C.8.7.5.1.2."""

    PositionerSecondaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181511, "DS", "1", "2", name="Positioner Secondary Angle")
    ]
    """Positioner Secondary Angle (0018,1511): Type 2, VR DS, VM 1. Position of the X-Ray Image Intensifier about the patient from the CAU to CRA direction where movement from CAU to vertical is positive. See Section C.8.7.5.1.2"""

    PositionerPrimaryAngleIncrement: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181520,
            "DS",
            "1-n",
            "2C",
            name="Positioner Primary Angle Increment",
            when=("value", 0x00181500, 0, "in", ("DYNAMIC",)),
        ),
    ] = None
    """Positioner Primary Angle Increment (0018,1520): Type 2C, VR DS, VM 1-n. Required if Positioner Motion (0018,1500) equals DYNAMIC. Incremental change in primary positioner angle for each frame. See Section C.8.7.5.1.3. Required if Positioner Motion (0018,1500) equals DYNAMIC."""

    PositionerSecondaryAngleIncrement: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181521,
            "DS",
            "1-n",
            "2C",
            name="Positioner Secondary Angle Increment",
            when=("value", 0x00181500, 0, "in", ("DYNAMIC",)),
        ),
    ] = None
    """Positioner Secondary Angle Increment (0018,1521): Type 2C, VR DS, VM 1-n. Required if Positioner Motion (0018,1500) equals DYNAMIC. Incremental change in secondary positioner angle for each frame. See Section C.8.7.5.1.3. Required if Positioner Motion (0018,1500) equals DYNAMIC."""

    DetectorPrimaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181530, "DS", "1", "3", name="Detector Primary Angle")
    ] = None
    """Detector Primary Angle (0018,1530): Type 3, VR DS, VM 1. Angle of the X-Ray beam in the row direction in degrees relative to the normal to the detector plane. Positive values indicate that the X-Ray beam is tilted towards higher numbered columns."""

    DetectorSecondaryAngle: Annotated[
        vr.DS | None, Attribute(0x00181531, "DS", "1", "3", name="Detector Secondary Angle")
    ] = None
    """Detector Secondary Angle (0018,1531): Type 3, VR DS, VM 1. Angle of the X-Ray beam in the column direction in degrees relative to the normal to the detector plane. Positive values indicate that the X-Ray beam is tilted towards lower numbered rows."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PositionerMotionTerm": ("dicomodel.enums.positioner_motion", "PositionerMotionTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
