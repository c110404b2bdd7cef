"""Item class ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem.

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
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem(DicomModel):
    """An item of Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1), as first defined in RT Equipment Mapping and Plan Reference Macro Attributes (C.36.2.4.12-1)."""

    dicom_name: ClassVar[str] = (
        "Imaging Equipment to Treatment Delivery Device Relationship Sequence"
    )
    dicom_table: ClassVar[str] = "table_C.36.2.4.12-1"

    DevicePositionToEquipmentMappingMatrix: Annotated[
        list[vr.FD],
        Attribute(0x3002010F, "FD", "16", "1", name="Device Position to Equipment Mapping Matrix"),
    ]
    """Device Position to Equipment Mapping Matrix (3002,010F): Type 1, VR FD, VM 16. A rigid, homogeneous 4x4 transformation matrix that maps the coordinate system of the imaging equipment to the coordinate system of the RT treatment device as identified by Equipment Frame of Reference UID (300A,0675)."""

    DevicePositionParameterSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x30020110, "SQ", "1", "2", name="Device Position Parameter Sequence"),
    ]
    """Device Position Parameter Sequence (3002,0110): Type 2, VR SQ, VM 1. Translational and rotational parameters for the Imaging Device. Shall be consistent with the Image to Equipment Mapping Matrix (0028,9520). Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
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
