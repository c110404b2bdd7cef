"""Equipment Specification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.equipment_modality import EquipmentModalityTerm as _EquipmentModalityTerm
    from dicomodel.items.model_specification_sequence_item import (
        ModelSpecificationSequenceItem as _ModelSpecificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _EquipmentModalityTerm = Lazy("dicomodel.enums.equipment_modality", "EquipmentModalityTerm")
    _ModelSpecificationSequenceItem = Lazy(
        "dicomodel.items.model_specification_sequence_item", "ModelSpecificationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.equipment_modality import EquipmentModalityTerm as EquipmentModalityTerm
    from dicomodel.items.general_accessory_sequence_item_equipment_specification import (
        GeneralAccessorySequenceItemEquipmentSpecification as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.model_specification_sequence_item import (
        ModelSpecificationSequenceItem as ModelSpecificationSequenceItem,
    )

__all__ = [
    "EquipmentModalityTerm",
    "EquipmentSpecificationModule",
    "GeneralAccessorySequenceItem",
    "ModelSpecificationSequenceItem",
]


class EquipmentSpecificationModule(DicomModel):
    """Equipment Specification Module Attributes (PS3.3 Table C.34.6-1)."""

    dicom_name: ClassVar[str] = "Equipment Specification"
    dicom_table: ClassVar[str] = "table_C.34.6-1"

    EquipmentModality: Annotated[
        _EquipmentModalityTerm | vr.CS,
        Attribute(0x00080221, "CS", "1", "1", name="Equipment Modality"),
    ]
    """Equipment Modality (0008,0221): Type 1, VR CS, VM 1. Modality of the equipment to which the protocol is applicable. See Section C.7.3.1.1.1 for Defined Terms."""

    ModelSpecificationSequence: Annotated[
        list[_ModelSpecificationSequenceItem] | None,
        Attribute(0x00189912, "SQ", "1", "3", name="Model Specification Sequence"),
    ] = None
    """Model Specification Sequence (0018,9912): Type 3, VR SQ, VM 1. Equipment models/versions. See Section C.34.6.1. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EquipmentModalityTerm": ("dicomodel.enums.equipment_modality", "EquipmentModalityTerm"),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item_equipment_specification",
        "GeneralAccessorySequenceItemEquipmentSpecification",
    ),
    "ModelSpecificationSequenceItem": (
        "dicomodel.items.model_specification_sequence_item",
        "ModelSpecificationSequenceItem",
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
