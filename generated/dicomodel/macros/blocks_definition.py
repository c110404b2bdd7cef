"""Blocks Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.block_definition_sequence_item import (
        BlockDefinitionSequenceItem as _BlockDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlockDefinitionSequenceItem = Lazy(
        "dicomodel.items.block_definition_sequence_item", "BlockDefinitionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.block_divergence import BlockDivergence as BlockDivergence
    from dicomodel.enums.block_orientation import BlockOrientation as BlockOrientation
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.block_definition_sequence_item import (
        BlockDefinitionSequenceItem as BlockDefinitionSequenceItem,
    )
    from dicomodel.items.block_edge_data_sequence_item import (
        BlockEdgeDataSequenceItem as BlockEdgeDataSequenceItem,
    )
    from dicomodel.items.block_slab_sequence_item import (
        BlockSlabSequenceItem as BlockSlabSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "BlockDefinitionSequenceItem",
    "BlockDivergence",
    "BlockEdgeDataSequenceItem",
    "BlockOrientation",
    "BlockSlabSequenceItem",
    "BlocksDefinitionMacro",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]


class BlocksDefinitionMacro(DicomModel):
    """Blocks Definition Macro Attributes (PS3.3 Table C.36.2.2.13-1)."""

    dicom_name: ClassVar[str] = "Blocks Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.13-1"

    NumberOfBlocks: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00F0,
            "IS",
            "1",
            "1C",
            name="Number of Blocks",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Blocks (300A,00F0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) is FULL. May be present otherwise. Number of Blocks defined in the Block Definition Sequence (300A,066A). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) is FULL. May be present otherwise."""

    BlockDefinitionSequence: Annotated[
        list[_BlockDefinitionSequenceItem] | None,
        Attribute(
            0x300A066A,
            "SQ",
            "1",
            "1C",
            name="Block Definition Sequence",
            when=("and", ("present", 0x300A00F0), ("compare", 0x300A00F0, 1, "!=", 0)),
        ),
    ] = None
    """Block Definition Sequence (300A,066A): Type 1C, VR SQ, VM 1. Required if Number of Blocks (300A,00F0) is present and has a non-zero value. Block definitions. Required if Number of Blocks (300A,00F0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Blocks (300A,00F0)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlockDefinitionSequenceItem": (
        "dicomodel.items.block_definition_sequence_item",
        "BlockDefinitionSequenceItem",
    ),
    "BlockDivergence": ("dicomodel.enums.block_divergence", "BlockDivergence"),
    "BlockEdgeDataSequenceItem": (
        "dicomodel.items.block_edge_data_sequence_item",
        "BlockEdgeDataSequenceItem",
    ),
    "BlockOrientation": ("dicomodel.enums.block_orientation", "BlockOrientation"),
    "BlockSlabSequenceItem": ("dicomodel.items.block_slab_sequence_item", "BlockSlabSequenceItem"),
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
