"""Item class OverrideSequenceItemRTIonBeamsSessionRecord.

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
    "OverrideSequenceItemRTIonBeamsSessionRecord",
    "PersonIdentificationCodeSequenceItem",
]


class OverrideSequenceItemRTIonBeamsSessionRecord(DicomModel):
    """An item of Override Sequence (3008,0060), as first defined in RT Ion Beams Session Record Module Attributes (C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "Override Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ParameterSequencePointer: Annotated[
        vr.AT, Attribute(0x30080061, "AT", "1", "1", name="Parameter Sequence Pointer")
    ]
    """Parameter Sequence Pointer (3008,0061): Type 1, VR AT, VM 1. Contains the Data Element Tag of the parent Sequence containing the Attribute that was overriden. The value is limited in scope to the Treatment Session Ion Beam Sequence (3008,0021) and all nested Sequences therein."""

    OverrideParameterPointer: Annotated[
        vr.AT, Attribute(0x30080062, "AT", "1", "1", name="Override Parameter Pointer")
    ]
    """Override Parameter Pointer (3008,0062): Type 1, VR AT, VM 1. Contains the Data Element Tag of the Attribute that was overridden."""

    ParameterItemIndex: Annotated[
        vr.IS, Attribute(0x30080063, "IS", "1", "1", name="Parameter Item Index")
    ]
    """Parameter Item Index (3008,0063): Type 1, VR IS, VM 1. Contains the Sequence Item index (monotonically increasing from 1) of the overriden Attributes within it's parent Sequence."""

    ParameterValueNumber: Annotated[
        vr.US | None, Attribute(0x30080067, "US", "1", "3", name="Parameter Value Number")
    ] = None
    """Parameter Value Number (3008,0067): Type 3, VR US, VM 1. Positive integer identifying which value of a multi-valued Attribute identified by Override Parameter Pointer (3008,0062) is referenced. The value 1 identifies the first value."""

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
