"""Item class AnalogFilterCharacteristicsSequenceItem.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AnalogFilterTypeItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AnalogFilterCharacteristicsSequenceItem",
    "AnalogFilterTypeItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class AnalogFilterCharacteristicsSequenceItem(DicomModel):
    """An item of Analog Filter Characteristics Sequence (003A,0323), as first defined in Waveform Filter Characteristics Macro Attributes (C.10.12-1)."""

    dicom_name: ClassVar[str] = "Analog Filter Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.10.12-1"

    AnalogFilterRollOff: Annotated[
        vr.DS, Attribute(0x003A0324, "DS", "1", "1", name="Analog Filter Roll Off")
    ]
    """Analog Filter Roll Off (003A,0324): Type 1, VR DS, VM 1. The slope of the filter response between pass-band and stop-band given in dB/octave."""

    AnalogFilterType: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x003A0325, "SQ", "1", "1", name="Analog Filter Type Code Sequence"),
    ]
    """Analog Filter Type Code Sequence (003A,0325): Type 1, VR SQ, VM 1. A coded descriptor of the type of analog filter."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnalogFilterTypeItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
