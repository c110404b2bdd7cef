"""Luminance Result Macro Attributes.

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
    from dicomodel.items.luminance_response_sequence_item_luminance_result import (
        LuminanceResponseSequenceItemLuminanceResult as _LuminanceResponseSequenceItemLuminanceResult,
    )
else:
    from dicomodel.lazy import Lazy

    _AmbientLightValueSourceValue = Lazy(
        "dicomodel.enums.ambient_light_value_source", "AmbientLightValueSourceValue"
    )
    _LuminanceResponseSequenceItemLuminanceResult = Lazy(
        "dicomodel.items.luminance_response_sequence_item_luminance_result",
        "LuminanceResponseSequenceItemLuminanceResult",
    )

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSource as AmbientLightValueSource,
    )
    from dicomodel.items.luminance_response_sequence_item_luminance_result import (
        LuminanceResponseSequenceItemLuminanceResult as LuminanceResponseSequenceItem,
    )

__all__ = [
    "AmbientLightValueSource",
    "LuminanceResponseSequenceItem",
    "LuminanceResultMacro",
]


class LuminanceResultMacro(DicomModel):
    """Luminance Result Macro Attributes (PS3.3 Table C.32.3.4-1)."""

    dicom_name: ClassVar[str] = "Luminance Result"
    dicom_table: ClassVar[str] = "table_C.32.3.4-1"

    NumberOfLuminancePoints: Annotated[
        vr.US | None, Attribute(0x0028701B, "US", "1", None, name="Number of Luminance Points")
    ] = None
    """Number of Luminance Points (0028,701B): no Type, VR US, VM 1. The number of luminance measurements recorded."""

    LuminanceResponseSequence: Annotated[
        list[_LuminanceResponseSequenceItemLuminanceResult] | None,
        Attribute(0x0028701C, "SQ", "1", None, name="Luminance Response Sequence"),
    ] = None
    """Luminance Response Sequence (0028,701C): no Type, VR SQ, VM 1. Measured Luminance Response Values The number of Items shall match the value of Number of Luminance Points (0028,701B)."""

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
        ),
    ] = None
    """Ambient Light Value Source (0028,7025): no Type, VR CS, VM 1. Source of the ambient light value. Enumerated Values: DEFAULT a configured default value was used. MEASURED the value was measured at the time of the other measurements. PROVIDED the value was provided by an external source."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AmbientLightValueSource": (
        "dicomodel.enums.ambient_light_value_source",
        "AmbientLightValueSource",
    ),
    "LuminanceResponseSequenceItem": (
        "dicomodel.items.luminance_response_sequence_item_luminance_result",
        "LuminanceResponseSequenceItemLuminanceResult",
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
