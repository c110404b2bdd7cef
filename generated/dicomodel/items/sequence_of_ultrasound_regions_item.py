"""Item class SequenceOfUltrasoundRegionsItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PixelValueMappingCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PixelValueMappingCodeSequenceItem",
    "SequenceOfUltrasoundRegionsItem",
]


class SequenceOfUltrasoundRegionsItem(DicomModel):
    """An item of Sequence of Ultrasound Regions (0018,6011), as first defined in US Region Calibration Module Attributes (C.8-17)."""

    dicom_name: ClassVar[str] = "Sequence of Ultrasound Regions"
    dicom_table: ClassVar[str] = "table_C.8-17"

    RegionLocationMinX0: Annotated[
        vr.UL, Attribute(0x00186018, "UL", "1", "1", name="Region Location Min x0")
    ]
    """Region Location Min x0 (0018,6018): Type 1, VR UL, VM 1. The bounds of a rectangle specifying the location of the region, x0,y0,x1,y1. See Section C.8.5.5.1.14 for further explanation."""

    RegionLocationMinY0: Annotated[
        vr.UL, Attribute(0x0018601A, "UL", "1", "1", name="Region Location Min y0")
    ]
    """Region Location Min y0 (0018,601A): Type 1, VR UL, VM 1. The bounds of a rectangle specifying the location of the region, x0,y0,x1,y1. See Section C.8.5.5.1.14 for further explanation."""

    RegionLocationMaxX1: Annotated[
        vr.UL, Attribute(0x0018601C, "UL", "1", "1", name="Region Location Max x1")
    ]
    """Region Location Max x1 (0018,601C): Type 1, VR UL, VM 1. The bounds of a rectangle specifying the location of the region, x0,y0,x1,y1. See Section C.8.5.5.1.14 for further explanation."""

    RegionLocationMaxY1: Annotated[
        vr.UL, Attribute(0x0018601E, "UL", "1", "1", name="Region Location Max y1")
    ]
    """Region Location Max y1 (0018,601E): Type 1, VR UL, VM 1. The bounds of a rectangle specifying the location of the region, x0,y0,x1,y1. See Section C.8.5.5.1.14 for further explanation."""

    PhysicalUnitsXDirection: Annotated[
        vr.US,
        Attribute(
            0x00186024,
            "US",
            "1",
            "1",
            name="Physical Units X Direction",
            enumerated=(
                (
                    0,
                    (
                        "0000H",
                        "0001H",
                        "0002H",
                        "0003H",
                        "0004H",
                        "0005H",
                        "0006H",
                        "0007H",
                        "0008H",
                        "0009H",
                        "000AH",
                        "000BH",
                        "000CH",
                    ),
                ),
            ),
        ),
    ]
    """Physical Units X Direction (0018,6024): Type 1, VR US, VM 1. The physical units of the dimensions of the region. See Section C.8.5.5.1.15 for Enumerated Values."""

    PhysicalUnitsYDirection: Annotated[
        vr.US,
        Attribute(
            0x00186026,
            "US",
            "1",
            "1",
            name="Physical Units Y Direction",
            enumerated=(
                (
                    0,
                    (
                        "0000H",
                        "0001H",
                        "0002H",
                        "0003H",
                        "0004H",
                        "0005H",
                        "0006H",
                        "0007H",
                        "0008H",
                        "0009H",
                        "000AH",
                        "000BH",
                        "000CH",
                    ),
                ),
            ),
        ),
    ]
    """Physical Units Y Direction (0018,6026): Type 1, VR US, VM 1. The physical units of the dimensions of the region. See Section C.8.5.5.1.15 for Enumerated Values."""

    PhysicalDeltaX: Annotated[vr.FD, Attribute(0x0018602C, "FD", "1", "1", name="Physical Delta X")]
    """Physical Delta X (0018,602C): Type 1, VR FD, VM 1. The physical value increments per positive X pixel increment. The units are as specified in the Physical Units X Direction (0018,6024). See Section C.8.5.5.1.17 for further explanation."""

    PhysicalDeltaY: Annotated[vr.FD, Attribute(0x0018602E, "FD", "1", "1", name="Physical Delta Y")]
    """Physical Delta Y (0018,602E): Type 1, VR FD, VM 1. The physical value increments per positive Y pixel increment. The units are as specified in the Physical Units Y Direction (0018,6026). See Section C.8.5.5.1.17 for further explanation."""

    ReferencePixelX0: Annotated[
        vr.SL | None, Attribute(0x00186020, "SL", "1", "3", name="Reference Pixel x0")
    ] = None
    """Reference Pixel x0 (0018,6020): Type 3, VR SL, VM 1. This coordinate pair, x0,y0, defines the location of a virtual \"reference\" pixel. See Section C.8.5.5.1.16 for further explanation."""

    ReferencePixelY0: Annotated[
        vr.SL | None, Attribute(0x00186022, "SL", "1", "3", name="Reference Pixel y0")
    ] = None
    """Reference Pixel y0 (0018,6022): Type 3, VR SL, VM 1. This coordinate pair, x0,y0, defines the location of a virtual \"reference\" pixel. See Section C.8.5.5.1.16 for further explanation."""

    ReferencePixelPhysicalValueX: Annotated[
        vr.FD | None, Attribute(0x00186028, "FD", "1", "3", name="Reference Pixel Physical Value X")
    ] = None
    """Reference Pixel Physical Value X (0018,6028): Type 3, VR FD, VM 1. The Physical Value at the reference pixel x location. The units are specified in the Physical Units field."""

    ReferencePixelPhysicalValueY: Annotated[
        vr.FD | None, Attribute(0x0018602A, "FD", "1", "3", name="Reference Pixel Physical Value Y")
    ] = None
    """Reference Pixel Physical Value Y (0018,602A): Type 3, VR FD, VM 1. The Physical Value at the reference pixel y location. The units are specified in the Physical Units field."""

    RegionSpatialFormat: Annotated[
        vr.US,
        Attribute(
            0x00186012,
            "US",
            "1",
            "1",
            name="Region Spatial Format",
            enumerated=((0, ("0000H", "0001H", "0002H", "0003H", "0004H", "0005H")),),
        ),
    ]
    """Region Spatial Format (0018,6012): Type 1, VR US, VM 1. The spatial organization of the data within the region. See Section C.8.5.5.1.1 for Enumerated Values."""

    RegionDataType: Annotated[
        vr.US,
        Attribute(
            0x00186014,
            "US",
            "1",
            "1",
            name="Region Data Type",
            enumerated=(
                (
                    0,
                    (
                        "0000H",
                        "0001H",
                        "0002H",
                        "0003H",
                        "0004H",
                        "0005H",
                        "0006H",
                        "0007H",
                        "0008H",
                        "000AH",
                        "000BH",
                        "000CH",
                        "000DH",
                        "000EH",
                        "000FH",
                        "0010H",
                        "0011H",
                        "0012H",
                    ),
                ),
            ),
        ),
    ]
    """Region Data Type (0018,6014): Type 1, VR US, VM 1. The type of data within the region. See Section C.8.5.5.1.2 for Enumerated Values."""

    RegionFlags: Annotated[vr.UL, Attribute(0x00186016, "UL", "1", "1", name="Region Flags")]
    """Region Flags (0018,6016): Type 1, VR UL, VM 1. Flags used for special handling of the region. See Section C.8.5.5.1.3 for Enumerated Values and further explanation."""

    PixelComponentOrganization: Annotated[
        vr.US | None,
        Attribute(
            0x00186044,
            "US",
            "1",
            "1C",
            name="Pixel Component Organization",
            enumerated=((0, ("0", "1", "2", "3")),),
            when=("unknown", "depends on what is known to the creator"),
        ),
    ] = None
    """Pixel Component Organization (0018,6044): Type 1C, VR US, VM 1. Required if pixel component calibration exists for this region. Describes how the components of a pixel can be described. Required if pixel component calibration exists for this region. See Section C.8.5.5.1.4 for Enumerated Values and further explanation."""

    PixelComponentMask: Annotated[
        vr.UL | None,
        Attribute(
            0x00186046,
            "UL",
            "1",
            "1C",
            name="Pixel Component Mask",
            when=("value", 0x00186044, 0, "in", (0,)),
        ),
    ] = None
    """Pixel Component Mask (0018,6046): Type 1C, VR UL, VM 1. Required if Pixel Component Organization = Bit aligned. This value is ANDed with the composite pixel code for each pixel within the region, then shifted right by the number of contiguous least significant zeros in the mask to obtain what will be referred to as the \"Shifted Masked Composite Pixel..."""

    PixelComponentRangeStart: Annotated[
        vr.UL | None,
        Attribute(
            0x00186048,
            "UL",
            "1",
            "1C",
            name="Pixel Component Range Start",
            when=("value", 0x00186044, 0, "in", (1,)),
        ),
    ] = None
    """Pixel Component Range Start (0018,6048): Type 1C, VR UL, VM 1. Required if Pixel Component Organization = Ranges. Defines the start of the numeric range of values within the composite pixel where calibration is to be defined by the \"pixel physical calibration table\". To be used only when ranges are used to describe the portion of the composite pixel."""

    PixelComponentRangeStop: Annotated[
        vr.UL | None,
        Attribute(
            0x0018604A,
            "UL",
            "1",
            "1C",
            name="Pixel Component Range Stop",
            when=("value", 0x00186044, 0, "in", (1,)),
        ),
    ] = None
    """Pixel Component Range Stop (0018,604A): Type 1C, VR UL, VM 1. Required if Pixel Component Organization = Ranges. Defines the stop of the numeric range of values within the composite pixel where calibration is to be defined by the \"pixel physical calibration table\". To be used only when ranges are used to describe the portion of the composite pixel."""

    PixelComponentPhysicalUnits: Annotated[
        vr.US | None,
        Attribute(
            0x0018604C,
            "US",
            "1",
            "1C",
            name="Pixel Component Physical Units",
            enumerated=(
                (
                    0,
                    (
                        "0000H",
                        "0001H",
                        "0002H",
                        "0003H",
                        "0004H",
                        "0005H",
                        "0006H",
                        "0007H",
                        "0008H",
                        "0009H",
                        "000AH",
                        "000BH",
                        "000CH",
                    ),
                ),
            ),
            when=("present", 0x00186044),
        ),
    ] = None
    """Pixel Component Physical Units (0018,604C): Type 1C, VR US, VM 1. Required if Pixel Component Organization exists. The physical units to be applied to the pixel component. Required if Pixel Component Organization exists. See Section C.8.5.5.1.6 for further explanation."""

    PixelComponentDataType: Annotated[
        vr.US | None,
        Attribute(
            0x0018604E,
            "US",
            "1",
            "1C",
            name="Pixel Component Data Type",
            enumerated=(
                (
                    0,
                    (
                        "0000H",
                        "0001H",
                        "0002H",
                        "0003H",
                        "0004H",
                        "0005H",
                        "0006H",
                        "0007H",
                        "0008H",
                        "0009H",
                        "000AH",
                    ),
                ),
            ),
            when=("present", 0x00186044),
        ),
    ] = None
    """Pixel Component Data Type (0018,604E): Type 1C, VR US, VM 1. Required if Pixel Component Organization exists. The type of data for the pixel component. Required if Pixel Component Organization exists. See Section C.8.5.5.1.7 for further explanation."""

    NumberOfTableBreakPoints: Annotated[
        vr.UL | None,
        Attribute(
            0x00186050,
            "UL",
            "1",
            "1C",
            name="Number of Table Break Points",
            when=("value", 0x00186044, 0, "in", (0, 1)),
            otherwise="shall_not",
        ),
    ] = None
    """Number of Table Break Points (0018,6050): Type 1C, VR UL, VM 1. Required if Pixel Component Organization equals 0 or 1. Otherwise not used. The number of break point coordinate pairs used to describe a piece wise linear curve. Required if Pixel Component Organization equals 0 or 1. Otherwise not used. See Section C.8.5.5.1.8 for further explanation."""

    TableOfXBreakPoints: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x00186052,
            "UL",
            "1-n",
            "1C",
            name="Table of X Break Points",
            when=("value", 0x00186044, 0, "in", (0, 1)),
            otherwise="shall_not",
        ),
    ] = None
    """Table of X Break Points (0018,6052): Type 1C, VR UL, VM 1-n. Required if Pixel Component Organization equals 0 or 1. Otherwise not used. An array of X values used to create the piece wise linear curve. Required if Pixel Component Organization equals 0 or 1. Otherwise not used. See Section C.8.5.5.1.9 for further explanation."""

    TableOfYBreakPoints: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00186054,
            "FD",
            "1-n",
            "1C",
            name="Table of Y Break Points",
            when=("value", 0x00186044, 0, "in", (0, 1)),
            otherwise="shall_not",
        ),
    ] = None
    """Table of Y Break Points (0018,6054): Type 1C, VR FD, VM 1-n. Required if Pixel Component Organization equals 0 or 1. Otherwise not used. An array of Y values used to create the piece wise linear curve. Required if Pixel Component Organization equals 0 or 1. Otherwise not used. See Section C.8.5.5.1.9 for further explanation."""

    NumberOfTableEntries: Annotated[
        vr.UL | None,
        Attribute(
            0x00186056,
            "UL",
            "1",
            "1C",
            name="Number of Table Entries",
            when=("value", 0x00186044, 0, "in", (2, 3)),
            otherwise="shall_not",
        ),
    ] = None
    """Number of Table Entries (0018,6056): Type 1C, VR UL, VM 1. Required if the value of Pixel Component Organization (0018,6044) is 2 or 3. Otherwise not used. The number of entries in the Table of Pixel Values. Required if the value of Pixel Component Organization (0018,6044) is 2 or 3. Otherwise not used. See Section C.8.5.5.1.11 for further explanation."""

    TableOfPixelValues: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x00186058,
            "UL",
            "1-n",
            "1C",
            name="Table of Pixel Values",
            when=("value", 0x00186044, 0, "in", (2,)),
            otherwise="shall_not",
        ),
    ] = None
    """Table of Pixel Values (0018,6058): Type 1C, VR UL, VM 1-n. Required if the Pixel Component Organization equals 2. Otherwise not used. A table of Pixel Values used in conjunction with the Table of Parameter Values (0018,605A) or Pixel Value Mapping Code Sequence (0040,9098) to provide a mapping from Pixel Value to a Real World Value."""

    TableOfParameterValues: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x0018605A,
            "FL",
            "1-n",
            "1C",
            name="Table of Parameter Values",
            when=("value", 0x00186044, 0, "in", (2,)),
            otherwise="shall_not",
        ),
    ] = None
    """Table of Parameter Values (0018,605A): Type 1C, VR FL, VM 1-n. Required if the value of Pixel Component Organization (0018,6044) is 2. Otherwise not used. A table of Parameter Values used in conjunction with the Table of Pixel Values (0018,6058) to provide a mapping from Pixel Value to Parameter Value. Required if the value of Pixel Component Organization (0018,6044) is 2."""

    PixelValueMappingCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00409098,
            "SQ",
            "1",
            "1C",
            name="Pixel Value Mapping Code Sequence",
            when=("value", 0x00186044, 0, "in", (3,)),
        ),
    ] = None
    """Pixel Value Mapping Code Sequence (0040,9098): Type 1C, VR SQ, VM 1. Required if the value of Pixel Component Organization (0018,6044) is 3 (Code Sequence look up). Sequence that, in conjunction with the Table of Pixel Values (0018,6058), provides a mapping from a Pixel Value to an associated Coded Concept. One or more Items shall included in this Sequence."""

    TransducerFrequency: Annotated[
        vr.UL | None, Attribute(0x00186030, "UL", "1", "3", name="Transducer Frequency")
    ] = None
    """Transducer Frequency (0018,6030): Type 3, VR UL, VM 1. The manufacturer defined description of center frequency of the interrogating ultrasound energy. The units are kilohertz."""

    PulseRepetitionFrequency: Annotated[
        vr.UL | None, Attribute(0x00186032, "UL", "1", "3", name="Pulse Repetition Frequency")
    ] = None
    """Pulse Repetition Frequency (0018,6032): Type 3, VR UL, VM 1. The ultrasound pulse repetition frequency, as defined by the manufacturer, used to collect data in the region. The units are in hertz."""

    DopplerCorrectionAngle: Annotated[
        vr.FD | None, Attribute(0x00186034, "FD", "1", "3", name="Doppler Correction Angle")
    ] = None
    """Doppler Correction Angle (0018,6034): Type 3, VR FD, VM 1. The Doppler correction angle. The units are degrees."""

    SteeringAngle: Annotated[
        vr.FD | None, Attribute(0x00186036, "FD", "1", "3", name="Steering Angle")
    ] = None
    """Steering Angle (0018,6036): Type 3, VR FD, VM 1. The steering angle, as defined by the manufacturer, used for a steered 2D image. The units are degrees."""

    DopplerSampleVolumeXPosition: Annotated[
        vr.SL | None, Attribute(0x00186039, "SL", "1", "3", name="Doppler Sample Volume X Position")
    ] = None
    """Doppler Sample Volume X Position (0018,6039): Type 3, VR SL, VM 1. The x displacement, in pixels, from the Reference pixel to the center of the Doppler sample volume."""

    DopplerSampleVolumeYPosition: Annotated[
        vr.SL | None, Attribute(0x0018603B, "SL", "1", "3", name="Doppler Sample Volume Y Position")
    ] = None
    """Doppler Sample Volume Y Position (0018,603B): Type 3, VR SL, VM 1. The y displacement, in pixels, from the Reference pixel to the center of the Doppler sample volume."""

    TMLinePositionX0: Annotated[
        vr.SL | None, Attribute(0x0018603D, "SL", "1", "3", name="TM-Line Position X0")
    ] = None
    """TM-Line Position X0 (0018,603D): Type 3, VR SL, VM 1. The starting and ending coordinates pairs of the M-line. Where the X0,Y0 are the starting point and X1,Y1 are the end point of the TM-line. See Section C.8.5.5.1.10 for further explanation."""

    TMLinePositionY0: Annotated[
        vr.SL | None, Attribute(0x0018603F, "SL", "1", "3", name="TM-Line Position Y0")
    ] = None
    """TM-Line Position Y0 (0018,603F): Type 3, VR SL, VM 1. The starting and ending coordinates pairs of the M-line. Where the X0,Y0 are the starting point and X1,Y1 are the end point of the TM-line. See Section C.8.5.5.1.10 for further explanation."""

    TMLinePositionX1: Annotated[
        vr.SL | None, Attribute(0x00186041, "SL", "1", "3", name="TM-Line Position X1")
    ] = None
    """TM-Line Position X1 (0018,6041): Type 3, VR SL, VM 1. The starting and ending coordinates pairs of the M-line. Where the X0,Y0 are the starting point and X1,Y1 are the end point of the TM-line. See Section C.8.5.5.1.10 for further explanation."""

    TMLinePositionY1: Annotated[
        vr.SL | None, Attribute(0x00186043, "SL", "1", "3", name="TM-Line Position Y1")
    ] = None
    """TM-Line Position Y1 (0018,6043): Type 3, VR SL, VM 1. The starting and ending coordinates pairs of the M-line. Where the X0,Y0 are the starting point and X1,Y1 are the end point of the TM-line. See Section C.8.5.5.1.10 for further explanation."""

    ActiveImageAreaOverlayGroup: Annotated[
        vr.US | None, Attribute(0x00186070, "US", "1", "3", name="Active Image Area Overlay Group")
    ] = None
    """Active Image Area Overlay Group (0018,6070): Type 3, VR US, VM 1. Specifies the Group (60xx) that contains an Overlay that identifies the active image area of the pixel data within this region, as defined in the Section C.9.2 Overlay Plane Module. See Section C.8.5.5.1.19 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PixelValueMappingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
