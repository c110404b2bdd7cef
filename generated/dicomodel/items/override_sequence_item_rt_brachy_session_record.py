"""Item class OverrideSequenceItemRTBrachySessionRecord.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItemRTBrachySessionRecord",
    "PersonIdentificationCodeSequenceItem",
]


class OverrideSequenceItemRTBrachySessionRecord(DicomModel):
    """An item of Override Sequence (3008,0060), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Override Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    OverrideParameterPointer: Annotated[
        vr.AT | None, Attribute(0x30080062, "AT", "1", "2", name="Override Parameter Pointer")
    ]
    """Override Parameter Pointer (3008,0062): Type 2, VR AT, VM 1. Contains the Data Element Tag of the Attribute that was overridden."""

    OperatorsName: Annotated[
        list[vr.PN] | None, Attribute(0x00081070, "PN", "1-n", "2", name="Operators' Name")
    ]
    """Operators' Name (0008,1070): Type 2, VR PN, VM 1-n. Name of operator who authorized override."""

    OperatorIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00081072, "SQ", "1", "3", name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): Type 3, VR SQ, VM 1. Identification of the operator who authorized override. Only a single Item is permitted in this Sequence."""

    OverrideReason: Annotated[
        vr.ST | None, Attribute(0x30080066, "ST", "1", "3", name="Override Reason")
    ] = None
    """Override Reason (3008,0066): Type 3, VR ST, VM 1. User-defined description of reason for override of parameter specified by Override Parameter Pointer (3008,0062)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
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
