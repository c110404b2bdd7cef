"""Item class MRImagingModifierSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.blood_signal_nulling import (
        BloodSignalNullingValue as _BloodSignalNullingValue,
    )
    from dicomodel.enums.magnetization_transfer import (
        MagnetizationTransferValue as _MagnetizationTransferValue,
    )
    from dicomodel.enums.tagging import TaggingTerm as _TaggingTerm
else:
    from dicomodel.lazy import Lazy

    _BloodSignalNullingValue = Lazy(
        "dicomodel.enums.blood_signal_nulling", "BloodSignalNullingValue"
    )
    _MagnetizationTransferValue = Lazy(
        "dicomodel.enums.magnetization_transfer", "MagnetizationTransferValue"
    )
    _TaggingTerm = Lazy("dicomodel.enums.tagging", "TaggingTerm")

if TYPE_CHECKING:
    from dicomodel.enums.blood_signal_nulling import BloodSignalNulling as BloodSignalNulling
    from dicomodel.enums.magnetization_transfer import (
        MagnetizationTransfer as MagnetizationTransfer,
    )
    from dicomodel.enums.tagging import TaggingTerm as TaggingTerm

__all__ = [
    "BloodSignalNulling",
    "MRImagingModifierSequenceItem",
    "MagnetizationTransfer",
    "TaggingTerm",
]


class MRImagingModifierSequenceItem(DicomModel):
    """An item of MR Imaging Modifier Sequence (0018,9006), as first defined in MR Imaging Modifier Macro Attributes (C.8-93)."""

    dicom_name: ClassVar[str] = "MR Imaging Modifier Sequence"
    dicom_table: ClassVar[str] = "table_C.8-93"

    MagnetizationTransfer: Annotated[
        _MagnetizationTransferValue | None,
        Attribute(
            0x00189020,
            "CS",
            "1",
            "1C",
            name="Magnetization Transfer",
            enumerated=((0, ("ON_RESONANCE", "OFF_RESONANCE", "NONE")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Magnetization Transfer (0018,9020): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Magnetization Transfer pulse sequence. Enumerated Values: ON_RESONANCE OFF_RESONANCE NONE Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    BloodSignalNulling: Annotated[
        _BloodSignalNullingValue | None,
        Attribute(
            0x00189022,
            "CS",
            "1",
            "1C",
            name="Blood Signal Nulling",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Blood Signal Nulling (0018,9022): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Blood Signal Nulling (\"Black Blood\") preparatory pulse sequence. Enumerated Values: YES NO Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    Tagging: Annotated[
        _TaggingTerm | vr.CS | None,
        Attribute(
            0x00189028,
            "CS",
            "1",
            "1C",
            name="Tagging",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Tagging (0018,9028): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Tagging. Defined Terms: GRID LINE NONE Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    TagSpacingFirstDimension: Annotated[
        vr.FD | None,
        Attribute(
            0x00189030,
            "FD",
            "1",
            "1C",
            name="Tag Spacing First Dimension",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189028, 0, "in", ("GRID", "LINE")),
            ),
        ),
    ] = None
    """Tag Spacing First Dimension (0018,9030): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID or LINE. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Tagging (0018,9028) is GRID or LINE. Space between lines in mm. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID or LINE."""

    TagSpacingSecondDimension: Annotated[
        vr.FD | None,
        Attribute(
            0x00189218,
            "FD",
            "1",
            "1C",
            name="Tag Spacing Second Dimension",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189028, 0, "in", ("GRID",)),
            ),
        ),
    ] = None
    """Tag Spacing Second Dimension (0018,9218): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Tagging (0018,9028) is GRID. Space between the lines in mm in the other direction. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID."""

    TagAngleFirstAxis: Annotated[
        vr.FD | None,
        Attribute(
            0x00189019,
            "FD",
            "1",
            "1C",
            name="Tag Angle First Axis",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189028, 0, "in", ("GRID", "LINE")),
            ),
        ),
    ] = None
    """Tag Angle First Axis (0018,9019): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID or LINE. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Tagging (0018,9028) is GRID or LINE. Angle of the tag lines relative to the rows axis (left to right) of the image, with a range of 0-180 degrees. The angle is increasing in clockwise direction."""

    TagAngleSecondAxis: Annotated[
        vr.SS | None,
        Attribute(
            0x00189219,
            "SS",
            "1",
            "1C",
            name="Tag Angle Second Axis",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189028, 0, "in", ("GRID",)),
            ),
        ),
    ] = None
    """Tag Angle Second Axis (0018,9219): Type 1C, VR SS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Tagging (0018,9028) is GRID. Angle of the tag lines relative to the rows axis (left to right) of the image, with a range of 0-180 degrees. The angle is increasing in clockwise direction."""

    TagThickness: Annotated[
        vr.FD | None,
        Attribute(
            0x00189035,
            "FD",
            "1",
            "1C",
            name="Tag Thickness",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189028, 0, "in", ("GRID", "LINE")),
            ),
        ),
    ] = None
    """Tag Thickness (0018,9035): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID or LINE. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Tagging (0018,9028) is GRID or LINE. Thickness of the line in mm. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Tagging (0018,9028) is GRID or LINE."""

    TaggingDelay: Annotated[
        vr.FD | None, Attribute(0x00189184, "FD", "1", "3", name="Tagging Delay")
    ] = None
    """Tagging Delay (0018,9184): Type 3, VR FD, VM 1. Delay time in ms of the beginning of the application of the tagging pattern relative to the last R-peak."""

    TransmitterFrequency: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189098,
            "FD",
            "1-2",
            "1C",
            name="Transmitter Frequency",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Transmitter Frequency (0018,9098): Type 1C, VR FD, VM 1-2. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Center transmitter frequency in MHz. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""

    PixelBandwidth: Annotated[
        vr.DS | None,
        Attribute(
            0x00180095,
            "DS",
            "1",
            "1C",
            name="Pixel Bandwidth",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Pixel Bandwidth (0018,0095): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise. Reciprocal of the effective sampling period, in hertz per pixel. Required if Frame Type (0008,9007) Value 1 is ORIGINAL. May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BloodSignalNulling": ("dicomodel.enums.blood_signal_nulling", "BloodSignalNulling"),
    "MagnetizationTransfer": ("dicomodel.enums.magnetization_transfer", "MagnetizationTransfer"),
    "TaggingTerm": ("dicomodel.enums.tagging", "TaggingTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
