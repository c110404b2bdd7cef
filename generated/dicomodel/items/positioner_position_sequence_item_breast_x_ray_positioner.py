"""Item class PositionerPositionSequenceItemBreastXRayPositioner.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirectionValue as _PositionerPrimaryAngleDirectionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _PositionerPrimaryAngleDirectionValue = Lazy(
        "dicomodel.enums.positioner_primary_angle_direction", "PositionerPrimaryAngleDirectionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection,
    )

__all__ = [
    "PositionerPositionSequenceItemBreastXRayPositioner",
    "PositionerPrimaryAngleDirection",
]


class PositionerPositionSequenceItemBreastXRayPositioner(DicomModel):
    """An item of Positioner Position Sequence (0018,9405), as first defined in Breast X-Ray Positioner Macro Attributes (C.8.31.2-1)."""

    dicom_name: ClassVar[str] = "Positioner Position Sequence"
    dicom_table: ClassVar[str] = "table_C.8.31.2-1"

    PositionerPrimaryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x00181510,
            "DS",
            "1",
            "1C",
            name="Positioner Primary Angle",
            when=("unknown", "depends on the capabilities of the equipment"),
            otherwise="may",
        ),
    ] = None
    """Positioner Primary Angle (0018,1510): Type 1C, VR DS, VM 1. Required if X-Ray source can be moved in the coronal anatomical plane. May be present otherwise. Signed position in degrees of the X-Ray beam vector in the coronal anatomical plane as if the patient were standing facing the equipment where vertical is zero. Required if X-Ray source can be moved in the coronal anatomical plane."""

    PositionerPrimaryAngleDirection: Annotated[
        _PositionerPrimaryAngleDirectionValue | None,
        Attribute(
            0x00189559,
            "CS",
            "1",
            "1C",
            name="Positioner Primary Angle Direction",
            enumerated=((0, ("CW", "CC")),),
            when=("present", 0x00181510),
        ),
    ] = None
    """Positioner Primary Angle Direction (0018,9559): Type 1C, VR CS, VM 1. Required if Positioner Primary Angle (0018,1510) is present. The interpretation of the sign of the Positioner Primary Angle (0018,1510). Enumerated Values: CW Clockwise. Positioner Primary Angle movement is positive when movement is from vertical to the patient's right (with patient standing, facing..."""

    PositionerSecondaryAngle: Annotated[
        vr.DS | None,
        Attribute(
            0x00181511,
            "DS",
            "1",
            "1C",
            name="Positioner Secondary Angle",
            when=("unknown", "depends on the capabilities of the equipment"),
            otherwise="may",
        ),
    ] = None
    """Positioner Secondary Angle (0018,1511): Type 1C, VR DS, VM 1. Required if the X-Ray source can be moved in the sagittal anatomical plane. May be present otherwise. Position in degrees of the X-Ray beam vector in the sagittal anatomical plane as if the patient were standing where movement of the X-Ray source from anterior to posterior is positive, and vertical is zero."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PositionerPrimaryAngleDirection": (
        "dicomodel.enums.positioner_primary_angle_direction",
        "PositionerPrimaryAngleDirection",
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
