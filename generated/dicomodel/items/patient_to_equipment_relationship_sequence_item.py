"""Item class PatientToEquipmentRelationshipSequenceItem.

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
        ContentItem as PatientSupportPositionParameterSequenceItem,
    )
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
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientToEquipmentRelationshipSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class PatientToEquipmentRelationshipSequenceItem(DicomModel):
    """An item of Patient to Equipment Relationship Sequence (300A,07A0), as first defined in RT Equipment Mapping and Plan Reference Macro Attributes (C.36.2.4.12-1)."""

    dicom_name: ClassVar[str] = "Patient to Equipment Relationship Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.12-1"

    ImageToEquipmentMappingMatrix: Annotated[
        list[vr.DS],
        Attribute(0x00289520, "DS", "16", "1", name="Image to Equipment Mapping Matrix"),
    ]
    """Image to Equipment Mapping Matrix (0028,9520): Type 1, VR DS, VM 16. A rigid, homogeneous 4x4 transformation matrix that maps the patient coordinate space in the Frame of Reference used for the patient model to the coordinate system of the RT Treatment Delivery Device as identified by Equipment Frame of Refe..."""

    PatientSupportPositionParameterSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x300A065B, "SQ", "1", "2", name="Patient Support Position Parameter Sequence"),
    ]
    """Patient Support Position Parameter Sequence (300A,065B): Type 2, VR SQ, VM 1. Translational and rotational parameters for the Patient Support device. Shall be consistent with the Image to Equipment Mapping Matrix (0028,9520). Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "PatientSupportPositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
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
