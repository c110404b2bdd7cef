"""Item class TargetLuminanceCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSourceValue as _AmbientLightValueSourceValue,
    )
    from dicomodel.enums.display_function_type import (
        DisplayFunctionTypeValue as _DisplayFunctionTypeValue,
    )
    from dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics import (
        LuminanceResponseSequenceItemTargetLuminanceCharacteristics as _LuminanceResponseSequenceItemTargetLuminanceCharacteristics,
    )
else:
    from dicomodel.lazy import Lazy

    _AmbientLightValueSourceValue = Lazy(
        "dicomodel.enums.ambient_light_value_source", "AmbientLightValueSourceValue"
    )
    _DisplayFunctionTypeValue = Lazy(
        "dicomodel.enums.display_function_type", "DisplayFunctionTypeValue"
    )
    _LuminanceResponseSequenceItemTargetLuminanceCharacteristics = Lazy(
        "dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics",
        "LuminanceResponseSequenceItemTargetLuminanceCharacteristics",
    )

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSource as AmbientLightValueSource,
    )
    from dicomodel.enums.display_function_type import DisplayFunctionType as DisplayFunctionType
    from dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics import (
        LuminanceResponseSequenceItemTargetLuminanceCharacteristics as LuminanceResponseSequenceItem,
    )

__all__ = [
    "AmbientLightValueSource",
    "DisplayFunctionType",
    "LuminanceResponseSequenceItem",
    "TargetLuminanceCharacteristicsSequenceItem",
]


class TargetLuminanceCharacteristicsSequenceItem(DicomModel):
    """An item of Target Luminance Characteristics Sequence (0028,7008), as first defined in Target Luminance Characteristics Module Attributes (C.32.2-1)."""

    dicom_name: ClassVar[str] = "Target Luminance Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.32.2-1"

    LuminanceCharacteristicsID: Annotated[
        vr.US | None, Attribute(0x00287009, "US", "1", None, name="Luminance Characteristics ID")
    ] = None
    """Luminance Characteristics ID (0028,7009): no Type, VR US, VM 1. Number that identifies this Luminance Characteristics Item. The value shall be unique within the Target Luminance Characteristics Sequence (0028,7008)."""

    DisplayFunctionType: Annotated[
        _DisplayFunctionTypeValue | None,
        Attribute(
            0x00287019,
            "CS",
            "1",
            None,
            name="Display Function Type",
            enumerated=(
                (0, ("GSDF", "CIELAB", "GAMMA", "LINEAR", "LOG10", "SRGB", "USER_DEFINED")),
            ),
        ),
    ] = None
    """Display Function Type (0028,7019): no Type, VR CS, VM 1. The type of Display Function used to define the target luminance curve. See Section C.32.2.1 for Enumerated Values."""

    TargetMinimumLuminance: Annotated[
        vr.FL | None, Attribute(0x0028701D, "FL", "1", None, name="Target Minimum Luminance")
    ] = None
    """Target Minimum Luminance (0028,701D): no Type, VR FL, VM 1. The minimum luminance value of the target luminance curve, in candelas per square meter (cd/m2)."""

    TargetMaximumLuminance: Annotated[
        vr.FL | None, Attribute(0x0028701E, "FL", "1", None, name="Target Maximum Luminance")
    ] = None
    """Target Maximum Luminance (0028,701E): no Type, VR FL, VM 1. The maximum luminance value of the target luminance curve, in candelas per square meter (cd/m2)."""

    GammaValue: Annotated[
        vr.FL | None,
        Attribute(
            0x0028701A,
            "FL",
            "1",
            None,
            name="Gamma Value",
            when=("value", 0x00287019, 0, "in", ("GAMMA",)),
        ),
    ] = None
    """Gamma Value (0028,701A): no Type, VR FL, VM 1. Required if the value of Display Function Type (0028,7019) is GAMMA. The Gamma value for generating the target luminance curve. Required if the value of Display Function Type (0028,7019) is GAMMA."""

    NumberOfLuminancePoints: Annotated[
        vr.US | None,
        Attribute(
            0x0028701B,
            "US",
            "1",
            None,
            name="Number of Luminance Points",
            when=("value", 0x00287019, 0, "in", ("USER_DEFINED",)),
        ),
    ] = None
    """Number of Luminance Points (0028,701B): no Type, VR US, VM 1. Required if the value of Display Function Type (0028,7019) is USER_DEFINED. The number of luminance points in the user defined target luminance curve. Required if the value of Display Function Type (0028,7019) is USER_DEFINED."""

    LuminanceResponseSequence: Annotated[
        list[_LuminanceResponseSequenceItemTargetLuminanceCharacteristics] | None,
        Attribute(
            0x0028701C,
            "SQ",
            "1",
            None,
            name="Luminance Response Sequence",
            when=("value", 0x00287019, 0, "in", ("USER_DEFINED",)),
        ),
    ] = None
    """Luminance Response Sequence (0028,701C): no Type, VR SQ, VM 1. Required if the value of Display Function Type (0028,7019) is USER_DEFINED. Luminance Response Values for the user defined target luminance curve. The number of Items shall match the value of Number of Luminance Points (0028,701B). Required if the value of Display Function Type (0028,7019) is USER_DEFINED."""

    LuminanceResponseDescription: Annotated[
        vr.LO | None, Attribute(0x00287020, "LO", "1", None, name="Luminance Response Description")
    ] = None
    """Luminance Response Description (0028,7020): no Type, VR LO, VM 1. User defined text to describe the user defined target luminance curve."""

    CIExyWhitePoint: Annotated[
        list[vr.FL] | None, Attribute(0x00287018, "FL", "2", None, name="CIExy White Point")
    ] = None
    """CIExy White Point (0028,7018): no Type, VR FL, VM 2. A single measured White Point recorded for the Display Subsystem. The white point is recorded as a CIE xy chromaticity with two dimensionless floating point values where the first is the x value and the second is the y value."""

    ReflectedAmbientLight: Annotated[
        vr.US | None, Attribute(0x20100160, "US", "1", None, name="Reflected Ambient Light")
    ] = None
    """Reflected Ambient Light (2010,0160): no Type, VR US, VM 1. Reflected ambient light in candelas per square meter (cd/m2) when the measurements were taken."""

    AmbientLightValueSource: Annotated[
        _AmbientLightValueSourceValue | None,
        Attribute(
            0x00287025,
            "CS",
            "1",
            None,
            name="Ambient Light Value Source",
            enumerated=((0, ("DEFAULT", "MEASURED", "PROVIDED")),),
            when=("present", 0x20100160),
        ),
    ] = None
    """Ambient Light Value Source (0028,7025): no Type, VR CS, VM 1. Required if Reflected Ambient Light (2010,0160) is present. Source of the reflected ambient light value. Enumerated Values: DEFAULT a configured default value was used. MEASURED the value was measured at the time of the other measurements. PROVIDED the value was provided by an external source."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AmbientLightValueSource": (
        "dicomodel.enums.ambient_light_value_source",
        "AmbientLightValueSource",
    ),
    "DisplayFunctionType": ("dicomodel.enums.display_function_type", "DisplayFunctionType"),
    "LuminanceResponseSequenceItem": (
        "dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics",
        "LuminanceResponseSequenceItemTargetLuminanceCharacteristics",
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
