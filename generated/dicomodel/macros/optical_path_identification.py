"""Optical Path Identification Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.optical_path_identification_sequence_item import (
        OpticalPathIdentificationSequenceItem as _OpticalPathIdentificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OpticalPathIdentificationSequenceItem = Lazy(
        "dicomodel.items.optical_path_identification_sequence_item",
        "OpticalPathIdentificationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.optical_path_identification_sequence_item import (
        OpticalPathIdentificationSequenceItem as OpticalPathIdentificationSequenceItem,
    )

__all__ = [
    "OpticalPathIdentificationMacro",
    "OpticalPathIdentificationSequenceItem",
]


class OpticalPathIdentificationMacro(DicomModel):
    """Optical Path Identification Macro Attributes (PS3.3 Table C.8.12.6.2-1)."""

    dicom_name: ClassVar[str] = "Optical Path Identification"
    dicom_table: ClassVar[str] = "table_C.8.12.6.2-1"

    OpticalPathIdentificationSequence: Annotated[
        list[_OpticalPathIdentificationSequenceItem],
        Attribute(0x00480207, "SQ", "1", "1", name="Optical Path Identification Sequence"),
    ]
    """Optical Path Identification Sequence (0048,0207): Type 1, VR SQ, VM 1. Identifies the optical path characteristics of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OpticalPathIdentificationSequenceItem": (
        "dicomodel.items.optical_path_identification_sequence_item",
        "OpticalPathIdentificationSequenceItem",
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
