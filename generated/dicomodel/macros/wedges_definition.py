"""Wedges Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.wedge_definition_sequence_item import (
        WedgeDefinitionSequenceItem as _WedgeDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _WedgeDefinitionSequenceItem = Lazy(
        "dicomodel.items.wedge_definition_sequence_item", "WedgeDefinitionSequenceItem"
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
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.wedge_definition_sequence_item import (
        WedgeDefinitionSequenceItem as WedgeDefinitionSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
    "WedgeDefinitionSequenceItem",
    "WedgesDefinitionMacro",
]


class WedgesDefinitionMacro(DicomModel):
    """Wedges Definition Macro Attributes (PS3.3 Table C.36.2.2.10-1)."""

    dicom_name: ClassVar[str] = "Wedges Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.10-1"

    NumberOfWedges: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00D0,
            "IS",
            "1",
            "1C",
            name="Number of Wedges",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Wedges (300A,00D0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of Wedges defined in the Wedge Definition Sequence (300A,0651). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    WedgeDefinitionSequence: Annotated[
        list[_WedgeDefinitionSequenceItem] | None,
        Attribute(
            0x300A0651,
            "SQ",
            "1",
            "1C",
            name="Wedge Definition Sequence",
            when=("and", ("present", 0x300A00D0), ("compare", 0x300A00D0, 1, "!=", 0)),
        ),
    ] = None
    """Wedge Definition Sequence (300A,0651): Type 1C, VR SQ, VM 1. Required if Number of Wedges (300A,00D0) is present and has a non-zero value. Treatment wedge definitions. Required if Number of Wedges (300A,00D0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Wedges(300A,00D0)."""


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
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "WedgeDefinitionSequenceItem": (
        "dicomodel.items.wedge_definition_sequence_item",
        "WedgeDefinitionSequenceItem",
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
