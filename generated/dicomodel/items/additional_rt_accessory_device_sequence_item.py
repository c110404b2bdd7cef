"""Item class AdditionalRTAccessoryDeviceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.content_item import ContentItem as _ContentItem
else:
    from dicomodel.lazy import Lazy

    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as DeviceSpecificAcquisitionParameterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AdditionalRTAccessoryDeviceSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceSpecificAcquisitionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class AdditionalRTAccessoryDeviceSequenceItem(DicomModel):
    """An item of Additional RT Accessory Device Sequence (3002,0130), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Additional RT Accessory Device Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    ReferencedDeviceIndex: Annotated[
        vr.US, Attribute(0x300A0607, "US", "1", "1", name="Referenced Device Index")
    ]
    """Referenced Device Index (300A,0607): Type 1, VR US, VM 1. Reference to an Item identified by the Device Index (3010,0039) in the General Accessory Definition Sequence (300A,0671)."""

    DeviceSpecificAcquisitionParameterSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(
            0x30020131, "SQ", "1", "3", name="Device-Specific Acquisition Parameter Sequence"
        ),
    ] = None
    """Device-Specific Acquisition Parameter Sequence (3002,0131): Type 3, VR SQ, VM 1. User-specified device-specific acquisition parameters applicable to the device of the current Item. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceSpecificAcquisitionParameterSequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
