"""Luminance Uniformity Result Macro Attributes.

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
    from dicomodel.enums.white_point_flag import WhitePointFlagValue as _WhitePointFlagValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.luminance_response_sequence_item import (
        LuminanceResponseSequenceItem as _LuminanceResponseSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AmbientLightValueSourceValue = Lazy(
        "dicomodel.enums.ambient_light_value_source", "AmbientLightValueSourceValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _LuminanceResponseSequenceItem = Lazy(
        "dicomodel.items.luminance_response_sequence_item", "LuminanceResponseSequenceItem"
    )
    _WhitePointFlagValue = Lazy("dicomodel.enums.white_point_flag", "WhitePointFlagValue")

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSource as AmbientLightValueSource,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.white_point_flag import WhitePointFlag as WhitePointFlag
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementPatternCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.luminance_response_sequence_item import (
        LuminanceResponseSequenceItem as LuminanceResponseSequenceItem,
    )

__all__ = [
    "AmbientLightValueSource",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LuminanceResponseSequenceItem",
    "LuminanceUniformityResultMacro",
    "MappingResourceTerm",
    "MeasurementPatternCodeSequenceItem",
    "WhitePointFlag",
]


class LuminanceUniformityResultMacro(DicomModel):
    """Luminance Uniformity Result Macro Attributes (PS3.3 Table C.32.3.3-1)."""

    dicom_name: ClassVar[str] = "Luminance Uniformity Result"
    dicom_table: ClassVar[str] = "table_C.32.3.3-1"

    NumberOfLuminancePoints: Annotated[
        vr.US | None, Attribute(0x0028701B, "US", "1", None, name="Number of Luminance Points")
    ] = None
    """Number of Luminance Points (0028,701B): no Type, VR US, VM 1. The number of luminance measurements recorded. The number depends on the test pattern specified in the Measurement Pattern Code Sequence (0028,702D)."""

    MeasurementPatternCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0028702D, "SQ", "1", None, name="Measurement Pattern Code Sequence"),
    ] = None
    """Measurement Pattern Code Sequence (0028,702D): no Type, VR SQ, VM 1. Definition of the locations on the display device at which luminance measurements were taken. One measurement is recorded for each location."""

    DDLValue: Annotated[vr.US | None, Attribute(0x00287017, "US", "1", None, name="DDL Value")] = (
        None
    )
    """DDL Value (0028,7017): no Type, VR US, VM 1. The integer Digital Driving Level (DDL) at which the luminance values were measured. Luminance Uniformity measurement uses the same DDL value for all measurements."""

    WhitePointFlag: Annotated[
        _WhitePointFlagValue | None,
        Attribute(
            0x00287021, "CS", "1", None, name="White Point Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """White Point Flag (0028,7021): no Type, VR CS, VM 1. Whether white point values were also recorded at each location. Enumerated Values: YES NO"""

    LuminanceResponseSequence: Annotated[
        list[_LuminanceResponseSequenceItem] | None,
        Attribute(0x0028701C, "SQ", "1", None, name="Luminance Response Sequence"),
    ] = None
    """Luminance Response Sequence (0028,701C): no Type, VR SQ, VM 1. Recorded Luminance Response Values The number of Items shall match the value of Number of Luminance Points (0028, 701B). The Items shall be stored in major row order (from left to right then from top to bottom)."""

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
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LuminanceResponseSequenceItem": (
        "dicomodel.items.luminance_response_sequence_item",
        "LuminanceResponseSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementPatternCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "WhitePointFlag": ("dicomodel.enums.white_point_flag", "WhitePointFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
