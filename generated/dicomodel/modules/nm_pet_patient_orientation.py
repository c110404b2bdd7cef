"""NM/PET Patient Orientation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation import (
        PatientOrientationCodeSequenceItemNMPETPatientOrientation as _PatientOrientationCodeSequenceItemNMPETPatientOrientation,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PatientOrientationCodeSequenceItemNMPETPatientOrientation = Lazy(
        "dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation",
        "PatientOrientationCodeSequenceItemNMPETPatientOrientation",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientGantryRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation import (
        PatientOrientationCodeSequenceItemNMPETPatientOrientation as PatientOrientationCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "NMPETPatientOrientationModule",
    "PatientGantryRelationshipCodeSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
]


class NMPETPatientOrientationModule(DicomModel):
    """NM/PET Patient Orientation Module Attributes (PS3.3 Table C.8-5)."""

    dicom_name: ClassVar[str] = "NM/PET Patient Orientation"
    dicom_table: ClassVar[str] = "table_C.8-5"

    PatientOrientationCodeSequence: Annotated[
        list[_PatientOrientationCodeSequenceItemNMPETPatientOrientation] | None,
        Attribute(0x00540410, "SQ", "1", "2", name="Patient Orientation Code Sequence"),
    ]
    """Patient Orientation Code Sequence (0054,0410): Type 2, VR SQ, VM 1. Sequence that describes the orientation of the patient with respect to gravity. See Section C.8.4.6.1.1 for further explanation. Zero or one Item shall be included in this Sequence."""

    PatientGantryRelationshipCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00540414, "SQ", "1", "2", name="Patient Gantry Relationship Code Sequence"),
    ]
    """Patient Gantry Relationship Code Sequence (0054,0414): Type 2, VR SQ, VM 1. Describes the orientation of the patient with respect to the gantry. See Section C.8.4.6.1.3 for further explanation. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientGantryRelationshipCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientOrientationCodeSequenceItem": (
        "dicomodel.items.patient_orientation_code_sequence_item_nmpet_patient_orientation",
        "PatientOrientationCodeSequenceItemNMPETPatientOrientation",
    ),
    "PatientOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
