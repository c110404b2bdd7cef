"""RT Accessory Holders Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
        RTAccessoryHolderDefinitionSequenceItem as _RTAccessoryHolderDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTAccessoryHolderDefinitionSequenceItem = Lazy(
        "dicomodel.items.rt_accessory_holder_definition_sequence_item",
        "RTAccessoryHolderDefinitionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.rt_accessory_holder_slot_existence_flag import (
        RTAccessoryHolderSlotExistenceFlag as RTAccessoryHolderSlotExistenceFlag,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
        RTAccessoryHolderDefinitionSequenceItem as RTAccessoryHolderDefinitionSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_slot_sequence_item import (
        RTAccessoryHolderSlotSequenceItem as RTAccessoryHolderSlotSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RTAccessoryHolderDefinitionSequenceItem",
    "RTAccessoryHolderSlotExistenceFlag",
    "RTAccessoryHolderSlotSequenceItem",
    "RTAccessoryHoldersDefinitionMacro",
    "UDISequenceItem",
]


class RTAccessoryHoldersDefinitionMacro(DicomModel):
    """RT Accessory Holders Definition Macro Attributes (PS3.3 Table C.36.2.2.14-1)."""

    dicom_name: ClassVar[str] = "RT Accessory Holders Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.14-1"

    NumberOfRTAccessoryHolders: Annotated[
        vr.US | None,
        Attribute(
            0x300A0670,
            "US",
            "1",
            "1C",
            name="Number of RT Accessory Holders",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of RT Accessory Holders (300A,0670): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of RT Accessory Holders defined in the RT Accessory Holder Definition Sequence (300A,0614). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    RTAccessoryHolderDefinitionSequence: Annotated[
        list[_RTAccessoryHolderDefinitionSequenceItem] | None,
        Attribute(
            0x300A0614,
            "SQ",
            "1",
            "1C",
            name="RT Accessory Holder Definition Sequence",
            when=("and", ("present", 0x300A0670), ("compare", 0x300A0670, 1, "!=", 0)),
        ),
    ] = None
    """RT Accessory Holder Definition Sequence (300A,0614): Type 1C, VR SQ, VM 1. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value. Accessory Holder device definitions. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RTAccessoryHolderDefinitionSequenceItem": (
        "dicomodel.items.rt_accessory_holder_definition_sequence_item",
        "RTAccessoryHolderDefinitionSequenceItem",
    ),
    "RTAccessoryHolderSlotExistenceFlag": (
        "dicomodel.enums.rt_accessory_holder_slot_existence_flag",
        "RTAccessoryHolderSlotExistenceFlag",
    ),
    "RTAccessoryHolderSlotSequenceItem": (
        "dicomodel.items.rt_accessory_holder_slot_sequence_item",
        "RTAccessoryHolderSlotSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
