"""RT Treatment Machine Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record import (
        TreatmentMachineSequenceItemRTTreatmentMachineRecord as _TreatmentMachineSequenceItemRTTreatmentMachineRecord,
    )
else:
    from dicomodel.lazy import Lazy

    _TreatmentMachineSequenceItemRTTreatmentMachineRecord = Lazy(
        "dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record",
        "TreatmentMachineSequenceItemRTTreatmentMachineRecord",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record import (
        TreatmentMachineSequenceItemRTTreatmentMachineRecord as TreatmentMachineSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "RTTreatmentMachineRecordModule",
    "TreatmentMachineSequenceItem",
]


class RTTreatmentMachineRecordModule(DicomModel):
    """RT Treatment Machine Record Module Attributes (PS3.3 Table C.8-54)."""

    dicom_name: ClassVar[str] = "RT Treatment Machine Record"
    dicom_table: ClassVar[str] = "table_C.8-54"

    TreatmentMachineSequence: Annotated[
        list[_TreatmentMachineSequenceItemRTTreatmentMachineRecord],
        Attribute(0x300A0206, "SQ", "1", "1", name="Treatment Machine Sequence"),
    ]
    """Treatment Machine Sequence (300A,0206): Type 1, VR SQ, VM 1. Sequence describing treatment machine used for treatment delivery. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "TreatmentMachineSequenceItem": (
        "dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record",
        "TreatmentMachineSequenceItemRTTreatmentMachineRecord",
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
