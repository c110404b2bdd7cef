"""Measured Dose Reference Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.measured_dose_reference_sequence_item import (
        MeasuredDoseReferenceSequenceItem as _MeasuredDoseReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MeasuredDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.measured_dose_reference_sequence_item", "MeasuredDoseReferenceSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.dose_units import DoseUnits as DoseUnits
    from dicomodel.enums.measured_dose_type import MeasuredDoseTypeTerm as MeasuredDoseTypeTerm
    from dicomodel.items.measured_dose_reference_sequence_item import (
        MeasuredDoseReferenceSequenceItem as MeasuredDoseReferenceSequenceItem,
    )

__all__ = [
    "DoseUnits",
    "MeasuredDoseReferenceRecordModule",
    "MeasuredDoseReferenceSequenceItem",
    "MeasuredDoseTypeTerm",
]


class MeasuredDoseReferenceRecordModule(DicomModel):
    """Measured Dose Reference Record Module Attributes (PS3.3 Table C.8-55)."""

    dicom_name: ClassVar[str] = "Measured Dose Reference Record"
    dicom_table: ClassVar[str] = "table_C.8-55"

    MeasuredDoseReferenceSequence: Annotated[
        list[_MeasuredDoseReferenceSequenceItem],
        Attribute(0x30080010, "SQ", "1", "1", name="Measured Dose Reference Sequence"),
    ]
    """Measured Dose Reference Sequence (3008,0010): Type 1, VR SQ, VM 1. Sequence of doses measured during treatment delivery, summed over entire session. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DoseUnits": ("dicomodel.enums.dose_units", "DoseUnits"),
    "MeasuredDoseReferenceSequenceItem": (
        "dicomodel.items.measured_dose_reference_sequence_item",
        "MeasuredDoseReferenceSequenceItem",
    ),
    "MeasuredDoseTypeTerm": ("dicomodel.enums.measured_dose_type", "MeasuredDoseTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
