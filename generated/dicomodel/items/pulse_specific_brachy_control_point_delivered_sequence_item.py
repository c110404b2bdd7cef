"""Item class PulseSpecificBrachyControlPointDeliveredSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as _BrachyControlPointDeliveredSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BrachyControlPointDeliveredSequenceItem = Lazy(
        "dicomodel.items.brachy_control_point_delivered_sequence_item",
        "BrachyControlPointDeliveredSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as BrachyPulseControlPointDeliveredSequenceItem,
    )
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
    "BrachyPulseControlPointDeliveredSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PulseSpecificBrachyControlPointDeliveredSequenceItem",
]


class PulseSpecificBrachyControlPointDeliveredSequenceItem(DicomModel):
    """An item of Pulse Specific Brachy Control Point Delivered Sequence (3008,0171), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Pulse Specific Brachy Control Point Delivered Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    PulseNumber: Annotated[vr.US, Attribute(0x30080172, "US", "1", "1", name="Pulse Number")]
    """Pulse Number (3008,0172): Type 1, VR US, VM 1. Identification Number of this delivered Pulse. The pulse numbers for a treatment start at 1 and increase monotonically by 1. A given SOP Instance might only contain some of the pulses of the given treatment."""

    SafePositionExitDate: Annotated[
        vr.DA, Attribute(0x30080162, "DA", "1", "1", name="Safe Position Exit Date")
    ]
    """Safe Position Exit Date (3008,0162): Type 1, VR DA, VM 1. Date on which the source(s) exited the safe."""

    SafePositionExitTime: Annotated[
        vr.TM, Attribute(0x30080164, "TM", "1", "1", name="Safe Position Exit Time")
    ]
    """Safe Position Exit Time (3008,0164): Type 1, VR TM, VM 1. Time at which the source(s) exited the safe."""

    SafePositionReturnDate: Annotated[
        vr.DA, Attribute(0x30080166, "DA", "1", "1", name="Safe Position Return Date")
    ]
    """Safe Position Return Date (3008,0166): Type 1, VR DA, VM 1. Date on which the source(s) returned to the safe."""

    SafePositionReturnTime: Annotated[
        vr.TM, Attribute(0x30080168, "TM", "1", "1", name="Safe Position Return Time")
    ]
    """Safe Position Return Time (3008,0168): Type 1, VR TM, VM 1. Time at which the source(s) returned to the safe."""

    BrachyPulseControlPointDeliveredSequence: Annotated[
        list[_BrachyControlPointDeliveredSequenceItem],
        Attribute(0x30080173, "SQ", "1", "1", name="Brachy Pulse Control Point Delivered Sequence"),
    ]
    """Brachy Pulse Control Point Delivered Sequence (3008,0173): Type 1, VR SQ, VM 1. List of control points for this pulse. See Section C.8.8.22.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BrachyPulseControlPointDeliveredSequenceItem": (
        "dicomodel.items.brachy_control_point_delivered_sequence_item",
        "BrachyControlPointDeliveredSequenceItem",
    ),
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
