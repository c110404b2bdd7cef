"""RT Treatment Summary Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.current_treatment_status import (
        CurrentTreatmentStatusValue as _CurrentTreatmentStatusValue,
    )
    from dicomodel.items.fraction_group_summary_sequence_item import (
        FractionGroupSummarySequenceItem as _FractionGroupSummarySequenceItem,
    )
    from dicomodel.items.treatment_summary_measured_dose_reference_sequence_item import (
        TreatmentSummaryMeasuredDoseReferenceSequenceItem as _TreatmentSummaryMeasuredDoseReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CurrentTreatmentStatusValue = Lazy(
        "dicomodel.enums.current_treatment_status", "CurrentTreatmentStatusValue"
    )
    _FractionGroupSummarySequenceItem = Lazy(
        "dicomodel.items.fraction_group_summary_sequence_item", "FractionGroupSummarySequenceItem"
    )
    _TreatmentSummaryMeasuredDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.treatment_summary_measured_dose_reference_sequence_item",
        "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.current_treatment_status import (
        CurrentTreatmentStatus as CurrentTreatmentStatus,
    )
    from dicomodel.enums.fraction_group_type import FractionGroupType as FractionGroupType
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatus as TreatmentTerminationStatus,
    )
    from dicomodel.items.fraction_group_summary_sequence_item import (
        FractionGroupSummarySequenceItem as FractionGroupSummarySequenceItem,
    )
    from dicomodel.items.fraction_status_summary_sequence_item import (
        FractionStatusSummarySequenceItem as FractionStatusSummarySequenceItem,
    )
    from dicomodel.items.treatment_summary_measured_dose_reference_sequence_item import (
        TreatmentSummaryMeasuredDoseReferenceSequenceItem as TreatmentSummaryCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.treatment_summary_measured_dose_reference_sequence_item import (
        TreatmentSummaryMeasuredDoseReferenceSequenceItem as TreatmentSummaryMeasuredDoseReferenceSequenceItem,
    )

__all__ = [
    "CurrentTreatmentStatus",
    "FractionGroupSummarySequenceItem",
    "FractionGroupType",
    "FractionStatusSummarySequenceItem",
    "RTTreatmentSummaryRecordModule",
    "TreatmentSummaryCalculatedDoseReferenceSequenceItem",
    "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
    "TreatmentTerminationStatus",
]


class RTTreatmentSummaryRecordModule(DicomModel):
    """RT Treatment Summary Record Module Attributes (PS3.3 Table C.8-59)."""

    dicom_name: ClassVar[str] = "RT Treatment Summary Record"
    dicom_table: ClassVar[str] = "table_C.8-59"

    CurrentTreatmentStatus: Annotated[
        _CurrentTreatmentStatusValue,
        Attribute(
            0x30080200,
            "CS",
            "1",
            "1",
            name="Current Treatment Status",
            enumerated=(
                (
                    0,
                    (
                        "NOT_STARTED",
                        "ON_TREATMENT",
                        "ON_BREAK",
                        "SUSPENDED",
                        "STOPPED",
                        "COMPLETED",
                    ),
                ),
            ),
        ),
    ]
    """Current Treatment Status (3008,0200): Type 1, VR CS, VM 1. Status of the Treatment at the time the Treatment Summary was created. Enumerated Values: NOT_STARTED ON_TREATMENT ON_BREAK SUSPENDED STOPPED COMPLETED See Section C.8.8.23.1."""

    TreatmentStatusComment: Annotated[
        vr.ST | None, Attribute(0x30080202, "ST", "1", "3", name="Treatment Status Comment")
    ] = None
    """Treatment Status Comment (3008,0202): Type 3, VR ST, VM 1. Comment on current treatment status."""

    FirstTreatmentDate: Annotated[
        vr.DA | None, Attribute(0x30080054, "DA", "1", "2", name="First Treatment Date")
    ]
    """First Treatment Date (3008,0054): Type 2, VR DA, VM 1. Date of delivery of the first treatment."""

    MostRecentTreatmentDate: Annotated[
        vr.DA | None, Attribute(0x30080056, "DA", "1", "2", name="Most Recent Treatment Date")
    ]
    """Most Recent Treatment Date (3008,0056): Type 2, VR DA, VM 1. Date of delivery of the most recent administration."""

    FractionGroupSummarySequence: Annotated[
        list[_FractionGroupSummarySequenceItem] | None,
        Attribute(0x30080220, "SQ", "1", "3", name="Fraction Group Summary Sequence"),
    ] = None
    """Fraction Group Summary Sequence (3008,0220): Type 3, VR SQ, VM 1. Sequence describing current state of planned vs. delivered fraction groups. One or more Items are permitted in this Sequence."""

    TreatmentSummaryMeasuredDoseReferenceSequence: Annotated[
        list[_TreatmentSummaryMeasuredDoseReferenceSequenceItem] | None,
        Attribute(
            0x300800E0, "SQ", "1", "3", name="Treatment Summary Measured Dose Reference Sequence"
        ),
    ] = None
    """Treatment Summary Measured Dose Reference Sequence (3008,00E0): Type 3, VR SQ, VM 1. Sequence of references to Measured Dose References. One or more Items are permitted in this Sequence."""

    TreatmentSummaryCalculatedDoseReferenceSequence: Annotated[
        list[_TreatmentSummaryMeasuredDoseReferenceSequenceItem] | None,
        Attribute(
            0x30080050, "SQ", "1", "3", name="Treatment Summary Calculated Dose Reference Sequence"
        ),
    ] = None
    """Treatment Summary Calculated Dose Reference Sequence (3008,0050): Type 3, VR SQ, VM 1. Sequence of references to Calculated Dose References. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CurrentTreatmentStatus": (
        "dicomodel.enums.current_treatment_status",
        "CurrentTreatmentStatus",
    ),
    "FractionGroupSummarySequenceItem": (
        "dicomodel.items.fraction_group_summary_sequence_item",
        "FractionGroupSummarySequenceItem",
    ),
    "FractionGroupType": ("dicomodel.enums.fraction_group_type", "FractionGroupType"),
    "FractionStatusSummarySequenceItem": (
        "dicomodel.items.fraction_status_summary_sequence_item",
        "FractionStatusSummarySequenceItem",
    ),
    "TreatmentSummaryCalculatedDoseReferenceSequenceItem": (
        "dicomodel.items.treatment_summary_measured_dose_reference_sequence_item",
        "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
    ),
    "TreatmentSummaryMeasuredDoseReferenceSequenceItem": (
        "dicomodel.items.treatment_summary_measured_dose_reference_sequence_item",
        "TreatmentSummaryMeasuredDoseReferenceSequenceItem",
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
