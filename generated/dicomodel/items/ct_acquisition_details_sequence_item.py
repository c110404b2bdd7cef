"""Item class CTAcquisitionDetailsSequenceItem.

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
    "CTAcquisitionDetailsSequenceItem",
    "RotationDirection",
]


class CTAcquisitionDetailsSequenceItem(DicomModel):
    """An item of CT Acquisition Details Sequence (0018,9304), as first defined in CT Acquisition Details Macro Attributes (C.8-119)."""

    dicom_name: ClassVar[str] = "CT Acquisition Details Sequence"
    dicom_table: ClassVar[str] = "table_C.8-119"

    ReferencedPathIndex: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00189378,
            "US",
            "1-n",
            "1C",
            name="Referenced Path Index",
            when=("value", 0x00189361, 0, "in", ("YES",)),
        ),
    ] = None
    """Referenced Path Index (0018,9378): Type 1C, VR US, VM 1-n. Required if Multi-energy CT Acquisition (0018,9361) is YES. References the X-Ray Path Index (0018,937A) in the Multi-energy CT Path Sequence (0018,9379) for this exposure. This Attribute may contain multiple values if this item describes multiple paths."""

    RotationDirection: Annotated[
        _RotationDirectionValue | None,
        Attribute(
            0x00181140,
            "CS",
            "1",
            "1C",
            name="Rotation Direction",
            enumerated=((0, ("CW", "CC")),),
            when=(
                "and",
                (
                    "or",
                    ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                    ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                ),
                ("value", 0x00189302, 0, "not_in", ("CONSTANT_ANGLE",)),
            ),
        ),
    ] = None
    """Rotation Direction (0018,1140): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL, and Acquisition Type (0018,9302) is other than CONSTANT_ANGLE. Otherwise may be present if Frame Type (0008,9007) Value 1 of this frame is DERIVED or Image Type (0008,0008) Value 1 is DERIVED, and Acquisition Type (0018,9302) is other than CONSTANT_ANGLE. Direction of rotation of the source about the gantry, as viewed while facing the gantry where the table enters the gantry."""

    RevolutionTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00189305,
            "FD",
            "1",
            "1C",
            name="Revolution Time",
            when=(
                "and",
                (
                    "or",
                    ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                    ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                ),
                ("value", 0x00189302, 0, "not_in", ("CONSTANT_ANGLE",)),
            ),
        ),
    ] = None
    """Revolution Time (0018,9305): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL, and Acquisition Type (0018,9302) is other than CONSTANT_ANGLE. Otherwise may be present if Frame Type (0008,9007) Value 1 of this frame is DERIVED or Image Type (0008,0008) Value 1 is DERIVED, and Acquisition Type (0018,9302) is other than CONSTANT_ANGLE. The time in seconds of a complete revolution of the source around the gantry orbit. This value is independent of the Reconstruction Angle (0018,9319) of the frame."""

    SingleCollimationWidth: Annotated[
        vr.FD | None,
        Attribute(
            0x00189306,
            "FD",
            "1",
            "1C",
            name="Single Collimation Width",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Single Collimation Width (0018,9306): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The width of a single row of acquired data (in mm). Adjacent physical detector rows may have been combined to form a single effective acquisition row."""

    TotalCollimationWidth: Annotated[
        vr.FD | None,
        Attribute(
            0x00189307,
            "FD",
            "1",
            "1C",
            name="Total Collimation Width",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Total Collimation Width (0018,9307): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The width of the total collimation (in mm) over the area of active X-Ray detection. This will be equal to the number of effective detector rows multiplied by single collimation width."""

    TableHeight: Annotated[
        vr.DS | None,
        Attribute(
            0x00181130,
            "DS",
            "1",
            "1C",
            name="Table Height",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Table Height (0018,1130): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The distance in mm from the top of the patient table to the center of rotation of the source (i.e., the data collection center or isocenter). The distance is positive when the table is below the data collection center."""

    GantryDetectorTilt: Annotated[
        vr.DS | None,
        Attribute(
            0x00181120,
            "DS",
            "1",
            "1C",
            name="Gantry/Detector Tilt",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Gantry/Detector Tilt (0018,1120): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Nominal angle of tilt in degrees of the scanning gantry. Not intended for mathematical computations. Zero degrees means the gantry is not tilted, negative degrees are when the top of the gantry is tilted away from where the table enters the..."""

    DataCollectionDiameter: Annotated[
        vr.DS | None,
        Attribute(
            0x00180090,
            "DS",
            "1",
            "1C",
            name="Data Collection Diameter",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Data Collection Diameter (0018,0090): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The diameter in mm of the region over which data were collected. See Section C.8.15.3.6.1. In the case of an Acquisition Type (0018,9302) of CONSTANT_ANGLE, the diameter is that in a plane normal to the central ray of the diverging X-Ray be..."""


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
