"""PET Frame Acquisition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pet_frame_acquisition_sequence_item import (
        PETFrameAcquisitionSequenceItem as _PETFrameAcquisitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PETFrameAcquisitionSequenceItem = Lazy(
        "dicomodel.items.pet_frame_acquisition_sequence_item", "PETFrameAcquisitionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.pet_frame_acquisition_sequence_item import (
        PETFrameAcquisitionSequenceItem as PETFrameAcquisitionSequenceItem,
    )

__all__ = [
    "PETFrameAcquisitionMacro",
    "PETFrameAcquisitionSequenceItem",
]


class PETFrameAcquisitionMacro(DicomModel):
    """PET Frame Acquisition Macro Attributes (PS3.3 Table C.8.22-11)."""

    dicom_name: ClassVar[str] = "PET Frame Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.22-11"

    PETFrameAcquisitionSequence: Annotated[
        list[_PETFrameAcquisitionSequenceItem],
        Attribute(0x00189732, "SQ", "1", "1", name="PET Frame Acquisition Sequence"),
    ]
    """PET Frame Acquisition Sequence (0018,9732): Type 1, VR SQ, VM 1. Contains the Attributes defining the PET acquisition mode. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PETFrameAcquisitionSequenceItem": (
        "dicomodel.items.pet_frame_acquisition_sequence_item",
        "PETFrameAcquisitionSequenceItem",
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
