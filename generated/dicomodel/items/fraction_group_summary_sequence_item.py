"""Item class FractionGroupSummarySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.fraction_group_type import (
        FractionGroupTypeValue as _FractionGroupTypeValue,
    )
    from dicomodel.items.fraction_status_summary_sequence_item import (
        FractionStatusSummarySequenceItem as _FractionStatusSummarySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FractionGroupTypeValue = Lazy("dicomodel.enums.fraction_group_type", "FractionGroupTypeValue")
    _FractionStatusSummarySequenceItem = Lazy(
        "dicomodel.items.fraction_status_summary_sequence_item", "FractionStatusSummarySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.fraction_group_type import FractionGroupType as FractionGroupType
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatus as TreatmentTerminationStatus,
    )
    from dicomodel.items.fraction_status_summary_sequence_item import (
        FractionStatusSummarySequenceItem as FractionStatusSummarySequenceItem,
    )

__all__ = [
    "FractionGroupSummarySequenceItem",
    "FractionGroupType",
    "FractionStatusSummarySequenceItem",
    "TreatmentTerminationStatus",
]


class FractionGroupSummarySequenceItem(DicomModel):
    """An item of Fraction Group Summary Sequence (3008,0220), as first defined in RT Treatment Summary Record Module Attributes (C.8-59)."""

    dicom_name: ClassVar[str] = "Fraction Group Summary Sequence"
    dicom_table: ClassVar[str] = "table_C.8-59"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. References Fraction Group Number (300A,0071) in Fraction Group Sequence (300A,0070) in the referenced RT Plan."""

    FractionGroupType: Annotated[
        _FractionGroupTypeValue | None,
        Attribute(
            0x30080224,
            "CS",
            "1",
            "2",
            name="Fraction Group Type",
            enumerated=((0, ("EXTERNAL_BEAM", "BRACHY")),),
        ),
    ]
    """Fraction Group Type (3008,0224): Type 2, VR CS, VM 1. Indicates type of fraction group. Enumerated Values: EXTERNAL_BEAM BRACHY"""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Number of fractions planned for this fraction group."""

    NumberOfFractionsDelivered: Annotated[
        vr.IS | None, Attribute(0x3008005A, "IS", "1", "2", name="Number of Fractions Delivered")
    ]
    """Number of Fractions Delivered (3008,005A): Type 2, VR IS, VM 1. Number of fractions delivered as of Treatment Summary Report."""

    FractionStatusSummarySequence: Annotated[
        list[_FractionStatusSummarySequenceItem] | None,
        Attribute(0x30080240, "SQ", "1", "3", name="Fraction Status Summary Sequence"),
    ] = None
    """Fraction Status Summary Sequence (3008,0240): Type 3, VR SQ, VM 1. Sequence describing status of fractions in Fraction Group. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FractionGroupType": ("dicomodel.enums.fraction_group_type", "FractionGroupType"),
    "FractionStatusSummarySequenceItem": (
        "dicomodel.items.fraction_status_summary_sequence_item",
        "FractionStatusSummarySequenceItem",
    ),
    "TreatmentTerminationStatus": (
        "dicomodel.enums.treatment_termination_status",
        "TreatmentTerminationStatus",
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
