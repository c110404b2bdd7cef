"""Patient Physiological State Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.patient_physiological_state_sequence_item import (
        PatientPhysiologicalStateSequenceItem as _PatientPhysiologicalStateSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientPhysiologicalStateSequenceItem = Lazy(
        "dicomodel.items.patient_physiological_state_sequence_item",
        "PatientPhysiologicalStateSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientPhysiologicalStateCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_physiological_state_sequence_item import (
        PatientPhysiologicalStateSequenceItem as PatientPhysiologicalStateSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PatientPhysiologicalStateCodeSequenceItem",
    "PatientPhysiologicalStateMacro",
    "PatientPhysiologicalStateSequenceItem",
]


class PatientPhysiologicalStateMacro(DicomModel):
    """Patient Physiological State Macro Attributes (PS3.3 Table C.7.6.16.2-21)."""

    dicom_name: ClassVar[str] = "Patient Physiological State"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2-21"

    PatientPhysiologicalStateSequence: Annotated[
        list[_PatientPhysiologicalStateSequenceItem],
        Attribute(0x00189771, "SQ", "1", "1", name="Patient Physiological State Sequence"),
    ]
    """Patient Physiological State Sequence (0018,9771): Type 1, VR SQ, VM 1. Contains the Attributes describing the physiological state of the patient for this frame. Only a single Item shall be included in this Sequence."""


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
    "PatientPhysiologicalStateCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientPhysiologicalStateSequenceItem": (
        "dicomodel.items.patient_physiological_state_sequence_item",
        "PatientPhysiologicalStateSequenceItem",
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
