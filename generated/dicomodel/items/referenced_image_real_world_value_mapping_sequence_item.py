"""Item class ReferencedImageRealWorldValueMappingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as _RealWorldValueMappingItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _RealWorldValueMappingItem = Lazy(
        "dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"
    )

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
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as QuantityDefinitionSequenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as RealWorldValueMappingSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "QuantityDefinitionSequenceItem",
    "RealWorldValueMappingSequenceItem",
    "ReferencedImageRealWorldValueMappingSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ReferencedImageRealWorldValueMappingSequenceItem(DicomModel):
    """An item of Referenced Image Real World Value Mapping Sequence (0040,9094), as first defined in Real World Value Mapping Module Attributes (C.25.2-1)."""

    dicom_name: ClassVar[str] = "Referenced Image Real World Value Mapping Sequence"
    dicom_table: ClassVar[str] = "table_C.25.2-1"

    RealWorldValueMappingSequence: Annotated[
        list[_RealWorldValueMappingItem],
        Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
    ]
    """Real World Value Mapping Sequence (0040,9096): Type 1, VR SQ, VM 1. The mapping of stored values to associated Real World values. One or more Items shall be included in this Sequence."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem],
        Attribute(0x00081140, "SQ", "1", "1", name="Referenced Image Sequence"),
    ]
    """Referenced Image Sequence (0008,1140): Type 1, VR SQ, VM 1. A Sequence listing the images to which the mapping applies. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "QuantityDefinitionSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "RealWorldValueMappingSequenceItem": (
        "dicomodel.items.real_world_value_mapping_item",
        "RealWorldValueMappingItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
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
