"""Item class ReferencedSeriesSequenceItem.

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
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
]


class ReferencedSeriesSequenceItem(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in Series and Instance Reference Macro Attributes (10-4)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_10-4"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of the Series containing the referenced Instances."""

    ReferencedInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x0008114A, "SQ", "1", "1", name="Referenced Instance Sequence"),
    ]
    """Referenced Instance Sequence (0008,114A): Type 1, VR SQ, VM 1. Sequence of Items each providing a reference to an Instance that is part of the Series defined by Series Instance UID (0020,000E) in the enclosing Item. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
