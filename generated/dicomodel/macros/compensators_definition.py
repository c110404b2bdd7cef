"""Compensators Definition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.compensator_definition_sequence_item import (
        CompensatorDefinitionSequenceItem as _CompensatorDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CompensatorDefinitionSequenceItem = Lazy(
        "dicomodel.items.compensator_definition_sequence_item", "CompensatorDefinitionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.compensator_map_orientation import (
        CompensatorMapOrientation as CompensatorMapOrientation,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.compensator_definition_sequence_item import (
        CompensatorDefinitionSequenceItem as CompensatorDefinitionSequenceItem,
    )
    from dicomodel.items.compensator_shape_sequence_item import (
        CompensatorShapeSequenceItem as CompensatorShapeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "CompensatorDefinitionSequenceItem",
    "CompensatorDivergence",
    "CompensatorMapOrientation",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "CompensatorsDefinitionMacro",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]


class CompensatorsDefinitionMacro(DicomModel):
    """Compensators Definition Macro Attributes (PS3.3 Table C.36.2.2.12-1)."""

    dicom_name: ClassVar[str] = "Compensators Definition"
    dicom_table: ClassVar[str] = "table_C.36.2.2.12-1"

    NumberOfCompensators: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00E0,
            "IS",
            "1",
            "1C",
            name="Number of Compensators",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Compensators (300A,00E0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of Compensators defined in the Compensator Definition Sequence (300A,0662). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    CompensatorDefinitionSequence: Annotated[
        list[_CompensatorDefinitionSequenceItem] | None,
        Attribute(
            0x300A0662,
            "SQ",
            "1",
            "1C",
            name="Compensator Definition Sequence",
            when=("and", ("present", 0x300A00E0), ("compare", 0x300A00E0, 1, "!=", 0)),
        ),
    ] = None
    """Compensator Definition Sequence (300A,0662): Type 1C, VR SQ, VM 1. Required if Number of Compensators (300A,00E0) is present and has a non-zero value. Treatment compensator definitions. Required if Number of Compensators (300A,00E0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Compensators (300A,00E0)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CompensatorDefinitionSequenceItem": (
        "dicomodel.items.compensator_definition_sequence_item",
        "CompensatorDefinitionSequenceItem",
    ),
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorMapOrientation": (
        "dicomodel.enums.compensator_map_orientation",
        "CompensatorMapOrientation",
    ),
    "CompensatorShapeFabricationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "CompensatorShapeSequenceItem": (
        "dicomodel.items.compensator_shape_sequence_item",
        "CompensatorShapeSequenceItem",
    ),
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
