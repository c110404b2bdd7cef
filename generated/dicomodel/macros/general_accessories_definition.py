"""General Accessories Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as _GeneralAccessoryDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GeneralAccessoryDefinitionSequenceItem = Lazy(
        "dicomodel.items.general_accessory_definition_sequence_item",
        "GeneralAccessoryDefinitionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as GeneralAccessoryDefinitionSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "GeneralAccessoriesDefinitionMacro",
    "GeneralAccessoryDefinitionSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]


class GeneralAccessoriesDefinitionMacro(DicomModel):
    """General Accessories Definition Macro Attributes (PS3.3 Table C.36.2.2.15-1)."""

    dicom_name: ClassVar[str] = "General Accessories Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.15-1"

    NumberOfGeneralAccessories: Annotated[
        vr.US | None,
        Attribute(
            0x300A0672,
            "US",
            "1",
            "1C",
            name="Number of General Accessories",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of General Accessories (300A,0672): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of General Accessories defined in the General Accessory Definition Sequence (300A,0671). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    GeneralAccessoryDefinitionSequence: Annotated[
        list[_GeneralAccessoryDefinitionSequenceItem] | None,
        Attribute(
            0x300A0671,
            "SQ",
            "1",
            "1C",
            name="General Accessory Definition Sequence",
            when=("and", ("present", 0x300A0672), ("compare", 0x300A0672, 1, "!=", 0)),
        ),
    ] = None
    """General Accessory Definition Sequence (300A,0671): Type 1C, VR SQ, VM 1. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. General accessory devices. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of General Accessories (300A,0672)."""


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
    "GeneralAccessoryDefinitionSequenceItem": (
        "dicomodel.items.general_accessory_definition_sequence_item",
        "GeneralAccessoryDefinitionSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
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
