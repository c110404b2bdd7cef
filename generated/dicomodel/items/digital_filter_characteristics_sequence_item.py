"""Item class DigitalFilterCharacteristicsSequenceItem.

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
        CodeSequenceItem as DigitalFilterTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DigitalFilterCharacteristicsSequenceItem",
    "DigitalFilterTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class DigitalFilterCharacteristicsSequenceItem(DicomModel):
    """An item of Digital Filter Characteristics Sequence (003A,0326), as first defined in Waveform Filter Characteristics Macro Attributes (C.10.12-1)."""

    dicom_name: ClassVar[str] = "Digital Filter Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.10.12-1"

    DigitalFilterOrder: Annotated[
        vr.IS, Attribute(0x003A0327, "IS", "1", "1", name="Digital Filter Order")
    ]
    """Digital Filter Order (003A,0327): Type 1, VR IS, VM 1. Filter order is the maximum delay, in samples, used in creating each output sample."""

    DigitalFilterTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x003A0328, "SQ", "1", "1", name="Digital Filter Type Code Sequence"),
    ]
    """Digital Filter Type Code Sequence (003A,0328): Type 1, VR SQ, VM 1. A coded descriptor of the type of digital filter."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DigitalFilterTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
