"""Item class ImageBoxSynchronizationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.type_of_synchronization import (
        TypeOfSynchronizationTerm as _TypeOfSynchronizationTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _TypeOfSynchronizationTerm = Lazy(
        "dicomodel.enums.type_of_synchronization", "TypeOfSynchronizationTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.type_of_synchronization import (
        TypeOfSynchronizationTerm as TypeOfSynchronizationTerm,
    )

__all__ = [
    "ImageBoxSynchronizationSequenceItem",
    "TypeOfSynchronizationTerm",
]


class ImageBoxSynchronizationSequenceItem(DicomModel):
    """An item of Image Box Synchronization Sequence (0072,0430), as first defined in Structured Display Image Box Module Attributes (C.11.17-1)."""

    dicom_name: ClassVar[str] = "Image Box Synchronization Sequence"
    dicom_table: ClassVar[str] = "table_C.11.17-1"

    SynchronizedImageBoxList: Annotated[
        list[vr.US], Attribute(0x00720432, "US", "2-n", "1", name="Synchronized Image Box List")
    ]
    """Synchronized Image Box List (0072,0432): Type 1, VR US, VM 2-n. Multi-valued list of two or more Image Box Number (0072,0302) values. Indicates that the display of multiple image frames within the specified Image Boxes are synchronized."""

    TypeOfSynchronization: Annotated[
        _TypeOfSynchronizationTerm | vr.CS,
        Attribute(0x00720434, "CS", "1", "1", name="Type of Synchronization"),
    ]
    """Type of Synchronization (0072,0434): Type 1, VR CS, VM 1. Type of synchronization between Image Boxes. Defined Terms: FRAME POSITION TIME PHASE See Section C.11.17.1.5."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TypeOfSynchronizationTerm": (
        "dicomodel.enums.type_of_synchronization",
        "TypeOfSynchronizationTerm",
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
