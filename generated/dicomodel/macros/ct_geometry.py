"""CT Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_geometry_sequence_item import (
        CTGeometrySequenceItem as _CTGeometrySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTGeometrySequenceItem = Lazy(
        "dicomodel.items.ct_geometry_sequence_item", "CTGeometrySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.ct_geometry_sequence_item import (
        CTGeometrySequenceItem as CTGeometrySequenceItem,
    )

__all__ = [
    "CTGeometryMacro",
    "CTGeometrySequenceItem",
]


class CTGeometryMacro(DicomModel):
    """CT Geometry Macro Attributes (PS3.3 Table C.8-122)."""

    dicom_name: ClassVar[str] = "CT Geometry"
    dicom_table: ClassVar[str] = "table_C.8-122"

    CTGeometrySequence: Annotated[
        list[_CTGeometrySequenceItem],
        Attribute(0x00189312, "SQ", "1", "1", name="CT Geometry Sequence"),
    ]
    """CT Geometry Sequence (0018,9312): Type 1, VR SQ, VM 1. Contains the Attributes defining the CT geometry. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTGeometrySequenceItem": (
        "dicomodel.items.ct_geometry_sequence_item",
        "CTGeometrySequenceItem",
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
