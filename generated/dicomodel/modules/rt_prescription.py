"""RT Prescription Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.dose_reference_sequence_item import (
        DoseReferenceSequenceItem as _DoseReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DoseReferenceSequenceItem = Lazy(
        "dicomodel.items.dose_reference_sequence_item", "DoseReferenceSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.dose_reference_structure_type import (
        DoseReferenceStructureTypeTerm as DoseReferenceStructureTypeTerm,
    )
    from dicomodel.enums.dose_reference_type import DoseReferenceTypeTerm as DoseReferenceTypeTerm
    from dicomodel.enums.dose_value_interpretation import (
        DoseValueInterpretation as DoseValueInterpretation,
    )
    from dicomodel.items.dose_reference_sequence_item import (
        DoseReferenceSequenceItem as DoseReferenceSequenceItem,
    )

__all__ = [
    "DoseReferenceSequenceItem",
    "DoseReferenceStructureTypeTerm",
    "DoseReferenceTypeTerm",
    "DoseValueInterpretation",
    "RTPrescriptionModule",
]


class RTPrescriptionModule(DicomModel):
    """RT Prescription Module Attributes (PS3.3 Table C.8-46)."""

    dicom_name: ClassVar[str] = "RT Prescription"
    dicom_table: ClassVar[str] = "table_C.8-46"

    PrescriptionDescription: Annotated[
        vr.ST | None, Attribute(0x300A000E, "ST", "1", "3", name="Prescription Description")
    ] = None
    """Prescription Description (300A,000E): Type 3, VR ST, VM 1. User-defined description of treatment prescription."""

    DoseReferenceSequence: Annotated[
        list[_DoseReferenceSequenceItem] | None,
        Attribute(0x300A0010, "SQ", "1", "3", name="Dose Reference Sequence"),
    ] = None
    """Dose Reference Sequence (300A,0010): Type 3, VR SQ, VM 1. Sequence of Dose References. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DoseReferenceSequenceItem": (
        "dicomodel.items.dose_reference_sequence_item",
        "DoseReferenceSequenceItem",
    ),
    "DoseReferenceStructureTypeTerm": (
        "dicomodel.enums.dose_reference_structure_type",
        "DoseReferenceStructureTypeTerm",
    ),
    "DoseReferenceTypeTerm": ("dicomodel.enums.dose_reference_type", "DoseReferenceTypeTerm"),
    "DoseValueInterpretation": (
        "dicomodel.enums.dose_value_interpretation",
        "DoseValueInterpretation",
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
