"""Target Luminance Characteristics Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.target_luminance_characteristics_sequence_item import (
        TargetLuminanceCharacteristicsSequenceItem as _TargetLuminanceCharacteristicsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TargetLuminanceCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.target_luminance_characteristics_sequence_item",
        "TargetLuminanceCharacteristicsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.ambient_light_value_source import (
        AmbientLightValueSource as AmbientLightValueSource,
    )
    from dicomodel.enums.display_function_type import DisplayFunctionType as DisplayFunctionType
    from dicomodel.items.luminance_response_sequence_item_target_luminance_characteristics import (
        LuminanceResponseSequenceItemTargetLuminanceCharacteristics as LuminanceResponseSequenceItem,
    )
    from dicomodel.items.target_luminance_characteristics_sequence_item import (
        TargetLuminanceCharacteristicsSequenceItem as TargetLuminanceCharacteristicsSequenceItem,
    )

__all__ = [
    "AmbientLightValueSource",
    "DisplayFunctionType",
    "LuminanceResponseSequenceItem",
    "TargetLuminanceCharacteristicsModule",
    "TargetLuminanceCharacteristicsSequenceItem",
]


class TargetLuminanceCharacteristicsModule(DicomModel):
    """Target Luminance Characteristics Module Attributes (PS3.3 Table C.32.2-1)."""

    dicom_name: ClassVar[str] = "Target Luminance Characteristics"
    dicom_table: ClassVar[str] = "table_C.32.2-1"

    TargetLuminanceCharacteristicsSequence: Annotated[
        list[_TargetLuminanceCharacteristicsSequenceItem] | None,
        Attribute(0x00287008, "SQ", "1", None, name="Target Luminance Characteristics Sequence"),
    ] = None
    """Target Luminance Characteristics Sequence (0028,7008): no Type, VR SQ, VM 1. Target luminance characteristics to which the Display Subsystem can be calibrated. One or more Items shall be included in this Sequence."""


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
    "TargetLuminanceCharacteristicsSequenceItem": (
        "dicomodel.items.target_luminance_characteristics_sequence_item",
        "TargetLuminanceCharacteristicsSequenceItem",
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
