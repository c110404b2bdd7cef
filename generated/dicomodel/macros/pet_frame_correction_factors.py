"""PET Frame Correction Factors Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pet_frame_correction_factors_sequence_item import (
        PETFrameCorrectionFactorsSequenceItem as _PETFrameCorrectionFactorsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PETFrameCorrectionFactorsSequenceItem = Lazy(
        "dicomodel.items.pet_frame_correction_factors_sequence_item",
        "PETFrameCorrectionFactorsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.pet_frame_correction_factors_sequence_item import (
        PETFrameCorrectionFactorsSequenceItem as PETFrameCorrectionFactorsSequenceItem,
    )

__all__ = [
    "PETFrameCorrectionFactorsMacro",
    "PETFrameCorrectionFactorsSequenceItem",
]


class PETFrameCorrectionFactorsMacro(DicomModel):
    """PET Frame Correction Factors Macro Attributes (PS3.3 Table C.8.22-15)."""

    dicom_name: ClassVar[str] = "PET Frame Correction Factors"
    dicom_table: ClassVar[str] = "table_C.8.22-15"

    PETFrameCorrectionFactorsSequence: Annotated[
        list[_PETFrameCorrectionFactorsSequenceItem],
        Attribute(0x00189736, "SQ", "1", "1", name="PET Frame Correction Factors Sequence"),
    ]
    """PET Frame Correction Factors Sequence (0018,9736): Type 1, VR SQ, VM 1. Contains the Attributes that describe the correction factors applied to this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PETFrameCorrectionFactorsSequenceItem": (
        "dicomodel.items.pet_frame_correction_factors_sequence_item",
        "PETFrameCorrectionFactorsSequenceItem",
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
