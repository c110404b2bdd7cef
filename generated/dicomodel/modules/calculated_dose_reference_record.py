"""Calculated Dose Reference Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.calculated_dose_reference_sequence_item import (
        CalculatedDoseReferenceSequenceItem as _CalculatedDoseReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CalculatedDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.calculated_dose_reference_sequence_item",
        "CalculatedDoseReferenceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.calculated_dose_reference_sequence_item import (
        CalculatedDoseReferenceSequenceItem as CalculatedDoseReferenceSequenceItem,
    )

__all__ = [
    "CalculatedDoseReferenceRecordModule",
    "CalculatedDoseReferenceSequenceItem",
]


class CalculatedDoseReferenceRecordModule(DicomModel):
    """Calculated Dose Reference Record Module Attributes (PS3.3 Table C.8-56)."""

    dicom_name: ClassVar[str] = "Calculated Dose Reference Record"
    dicom_table: ClassVar[str] = "table_C.8-56"

    CalculatedDoseReferenceSequence: Annotated[
        list[_CalculatedDoseReferenceSequenceItem],
        Attribute(0x30080070, "SQ", "1", "1", name="Calculated Dose Reference Sequence"),
    ]
    """Calculated Dose Reference Sequence (3008,0070): Type 1, VR SQ, VM 1. Sequence of doses estimated for each treatment delivery. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CalculatedDoseReferenceSequenceItem": (
        "dicomodel.items.calculated_dose_reference_sequence_item",
        "CalculatedDoseReferenceSequenceItem",
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
