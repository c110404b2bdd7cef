"""Item class TargetLuminanceCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import ambient_light_value_source as _ambient_light_value_source
from dicomodel.enums import display_function_type as _display_function_type
from dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics import (
    LuminanceResponseSequenceItemTargetLuminanceCharacteristics,
)
from dicomodel.model import Attribute, DicomModel


class TargetLuminanceCharacteristicsSequenceItem(DicomModel):
    """An item of Target Luminance Characteristics Sequence (0028,7008), as first defined in Target Luminance Characteristics Module Attributes (C.32.2-1)."""

    dicom_name: ClassVar[str] = "Target Luminance Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.32.2-1"

    LuminanceCharacteristicsID: Annotated[
        vr.US | None, Attribute(0x00287009, "US", "1", "3", name="Luminance Characteristics ID")
    ] = None
    """Luminance Characteristics ID (0028,7009): Type -, VR US, VM 1. Number that identifies this Luminance Characteristics Item. The value shall be unique within the Target Luminance Characteristics Sequence (0028,7008)."""

    DisplayFunctionType: Annotated[
        _display_function_type.DisplayFunctionType | None,
        Attribute(
            0x00287019,
            "CS",
            "1",
            "3",
            name="Display Function Type",
            enumerated=(
                (0, ("GSDF", "CIELAB", "GAMMA", "LINEAR", "LOG10", "SRGB", "USER_DEFINED")),
            ),
        ),
    ] = None
    """Display Function Type (0028,7019): Type -, VR CS, VM 1. The type of Display Function used to define the target luminance curve. See Section C.32.2.1 for Enumerated Values."""

    TargetMinimumLuminance: Annotated[
        vr.FL | None, Attribute(0x0028701D, "FL", "1", "3", name="Target Minimum Luminance")
    ] = None
    """Target Minimum Luminance (0028,701D): Type -, VR FL, VM 1. The minimum luminance value of the target luminance curve, in candelas per square meter (cd/m2)."""

    TargetMaximumLuminance: Annotated[
        vr.FL | None, Attribute(0x0028701E, "FL", "1", "3", name="Target Maximum Luminance")
    ] = None
    """Target Maximum Luminance (0028,701E): Type -, VR FL, VM 1. The maximum luminance value of the target luminance curve, in candelas per square meter (cd/m2)."""

    GammaValue: Annotated[
        vr.FL | None,
        Attribute(
            0x0028701A,
            "FL",
            "1",
            "3",
            name="Gamma Value",
            when=("value", 0x00287019, 0, "in", ("GAMMA",)),
        ),
    ] = None
    """Gamma Value (0028,701A): Type -, VR FL, VM 1. Required if the value of Display Function Type (0028,7019) is GAMMA. The Gamma value for generating the target luminance curve. Required if the value of Display Function Type (0028,7019) is GAMMA."""

    NumberOfLuminancePoints: Annotated[
        vr.US | None,
        Attribute(
            0x0028701B,
            "US",
            "1",
            "3",
            name="Number of Luminance Points",
            when=("value", 0x00287019, 0, "in", ("USER_DEFINED",)),
        ),
    ] = None
    """Number of Luminance Points (0028,701B): Type -, VR US, VM 1. Required if the value of Display Function Type (0028,7019) is USER_DEFINED. The number of luminance points in the user defined target luminance curve. Required if the value of Display Function Type (0028,7019) is USER_DEFINED."""

    LuminanceResponseSequence: Annotated[
        list[LuminanceResponseSequenceItemTargetLuminanceCharacteristics] | None,
        Attribute(
            0x0028701C,
            "SQ",
            "1",
            "3",
            name="Luminance Response Sequence",
            when=("value", 0x00287019, 0, "in", ("USER_DEFINED",)),
        ),
    ] = None
    """Luminance Response Sequence (0028,701C): Type -, VR SQ, VM 1. Required if the value of Display Function Type (0028,7019) is USER_DEFINED. Luminance Response Values for the user defined target luminance curve. The number of Items shall match the value of Number of Luminance Points (0028,701B). Required if the value of Display Function Type (0028,7019) is USER_DEFINED."""

    LuminanceResponseDescription: Annotated[
        vr.LO | None, Attribute(0x00287020, "LO", "1", "3", name="Luminance Response Description")
    ] = None
    """Luminance Response Description (0028,7020): Type -, VR LO, VM 1. User defined text to describe the user defined target luminance curve."""

    CIExyWhitePoint: Annotated[
        list[vr.FL] | None, Attribute(0x00287018, "FL", "2", "3", name="CIExy White Point")
    ] = None
    """CIExy White Point (0028,7018): Type -, VR FL, VM 2. A single measured White Point recorded for the Display Subsystem. The white point is recorded as a CIE xy chromaticity with two dimensionless floating point values where the first is the x value and the second is the y value."""

    ReflectedAmbientLight: Annotated[
        vr.US | None, Attribute(0x20100160, "US", "1", "3", name="Reflected Ambient Light")
    ] = None
    """Reflected Ambient Light (2010,0160): Type -, VR US, VM 1. Reflected ambient light in candelas per square meter (cd/m2) when the measurements were taken."""

    AmbientLightValueSource: Annotated[
        _ambient_light_value_source.AmbientLightValueSource | None,
        Attribute(
            0x00287025,
            "CS",
            "1",
            "3",
            name="Ambient Light Value Source",
            enumerated=((0, ("DEFAULT", "MEASURED", "PROVIDED")),),
            when=("present", 0x20100160),
        ),
    ] = None
    """Ambient Light Value Source (0028,7025): Type -, VR CS, VM 1. Required if Reflected Ambient Light (2010,0160) is present. Source of the reflected ambient light value. Enumerated Values: DEFAULT a configured default value was used. MEASURED the value was measured at the time of the other measurements. PROVIDED the value was provided by an external source."""
