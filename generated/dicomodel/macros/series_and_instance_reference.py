"""Series and Instance Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as _ReferencedSeriesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSeriesSequenceItem = Lazy(
        "dicomodel.items.referenced_series_sequence_item", "ReferencedSeriesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_series_sequence_item import (
        ReferencedSeriesSequenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "SeriesAndInstanceReferenceMacro",
]


class SeriesAndInstanceReferenceMacro(DicomModel):
    """Series and Instance Reference Macro Attributes (PS3.3 Table 10-4)."""

    dicom_name: ClassVar[str] = "Series and Instance Reference"
    dicom_table: ClassVar[str] = "table_10-4"

    ReferencedSeriesSequence: Annotated[
        list[_ReferencedSeriesSequenceItem],
        Attribute(0x00081115, "SQ", "1", "1", name="Referenced Series Sequence"),
    ]
    """Referenced Series Sequence (0008,1115): Type 1, VR SQ, VM 1. Sequence of Items each of which includes the Attributes of one Series. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item",
        "ReferencedSeriesSequenceItem",
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
