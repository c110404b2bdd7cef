"""Item class BrachyControlPointDeliveredSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.override_sequence_item_rt_brachy_session_record import (
        OverrideSequenceItemRTBrachySessionRecord as _OverrideSequenceItemRTBrachySessionRecord,
    )
else:
    from dicomodel.lazy import Lazy

    _OverrideSequenceItemRTBrachySessionRecord = Lazy(
        "dicomodel.items.override_sequence_item_rt_brachy_session_record",
        "OverrideSequenceItemRTBrachySessionRecord",
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
    from dicomodel.items.override_sequence_item_rt_brachy_session_record import (
        OverrideSequenceItemRTBrachySessionRecord as OverrideSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )

__all__ = [
    "BrachyControlPointDeliveredSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
]


class BrachyControlPointDeliveredSequenceItem(DicomModel):
    """An item of Brachy Control Point Delivered Sequence (3008,0160), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Brachy Control Point Delivered Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ReferencedControlPointIndex: Annotated[
        vr.IS | None, Attribute(0x300C00F0, "IS", "1", "3", name="Referenced Control Point Index")
    ] = None
    """Referenced Control Point Index (300C,00F0): Type 3, VR IS, VM 1. Uniquely identifies Control Point specified by Control Point Index (300A,0112) within Application Setup referenced by Referenced Brachy Application Setup Number (300C,000C)."""

    TreatmentControlPointDate: Annotated[
        vr.DA, Attribute(0x30080024, "DA", "1", "1", name="Treatment Control Point Date")
    ]
    """Treatment Control Point Date (3008,0024): Type 1, VR DA, VM 1. Date when the delivery of radiation at this control point began. For the final control point this shall be the Date when the previous control point ended."""

    TreatmentControlPointTime: Annotated[
        vr.TM, Attribute(0x30080025, "TM", "1", "1", name="Treatment Control Point Time")
    ]
    """Treatment Control Point Time (3008,0025): Type 1, VR TM, VM 1. Time when the delivery of radiation at this control point began. For the final control point this shall be the Time when the previous control point ended."""

    ControlPointRelativePosition: Annotated[
        vr.DS, Attribute(0x300A02D2, "DS", "1", "1", name="Control Point Relative Position")
    ]
    """Control Point Relative Position (300A,02D2): Type 1, VR DS, VM 1. Distance in mm between current Control Point Position and the center of the distal-most possible Source position in current Channel. See RT Plan IOD."""

    OverrideSequence: Annotated[
        list[_OverrideSequenceItemRTBrachySessionRecord] | None,
        Attribute(0x30080060, "SQ", "1", "3", name="Override Sequence"),
    ] = None
    """Override Sequence (3008,0060): Type 3, VR SQ, VM 1. Sequence of parameters that were overridden during the administration of the treatment immediately prior to the current control point. One or more Items are permitted in this Sequence."""


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
    "OverrideSequenceItem": (
        "dicomodel.items.override_sequence_item_rt_brachy_session_record",
        "OverrideSequenceItemRTBrachySessionRecord",
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
