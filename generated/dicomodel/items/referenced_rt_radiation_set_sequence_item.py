"""Item class ReferencedRTRadiationSetSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item import (
        TreatmentPositionGroupSequenceItem as _TreatmentPositionGroupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentPositionGroupSequenceItem = Lazy(
        "dicomodel.items.treatment_position_group_sequence_item",
        "TreatmentPositionGroupSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item import (
        TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem,
    )

__all__ = [
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "TreatmentPositionGroupSequenceItem",
]


class ReferencedRTRadiationSetSequenceItem(DicomModel):
    """An item of Referenced RT Radiation Set Sequence (300A,0702), as first defined in RT Patient Position Scope Macro Attributes (C.36.2.3.1-1)."""

    dicom_name: ClassVar[str] = "Referenced RT Radiation Set Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.3.1-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedRTRadiationSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x300A0630,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Radiation Sequence",
            when=(
                "and",
                ("not", ("present", 0x300A060A)),
                ("unknown", "depends on the referenced instance or item"),
            ),
        ),
    ] = None
    """Referenced RT Radiation Sequence (300A,0630): Type 1C, VR SQ, VM 1. Required if Treatment Position Group Sequence (300A,060A) is absent and the scope is limited to a subset of RT Radiation SOP Instances of the referenced RT Radiation Set. A subset of the SOP Instances referenced in the RT Radiation Set SOP Instance for which the parameters apply. Required if Treatment Position Group Sequence (300A,060A) is absent and the scope is limited to a subset of RT Radiation SOP Insta..."""

    TreatmentPositionGroupSequence: Annotated[
        list[_TreatmentPositionGroupSequenceItem] | None,
        Attribute(
            0x300A060A,
            "SQ",
            "1",
            "1C",
            name="Treatment Position Group Sequence",
            when=(
                "and",
                ("not", ("present", 0x300A0630)),
                ("unknown", "depends on the referenced instance or item"),
            ),
        ),
    ] = None
    """Treatment Position Group Sequence (300A,060A): Type 1C, VR SQ, VM 1. Required if Referenced RT Radiation Sequence (300A,0630) is absent and Treatment Position Groups to which the positioning parameters apply are defined in the referenced RT Radiation Set. Treatment Position Groups defining patient positions for which the parameters apply. Required if Referenced RT Radiation Sequence (300A,0630) is absent and Treatment Position Groups to which the positioning parameters apply are defined in t..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TreatmentPositionGroupSequenceItem": (
        "dicomodel.items.treatment_position_group_sequence_item",
        "TreatmentPositionGroupSequenceItem",
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
