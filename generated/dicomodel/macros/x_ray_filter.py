"""X-Ray Filter Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray_filtration_item import XRayFiltrationItem as _XRayFiltrationItem
else:
    from dicomodel.lazy import Lazy

    _XRayFiltrationItem = Lazy("dicomodel.items.x_ray_filtration_item", "XRayFiltrationItem")

if TYPE_CHECKING:
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm
    from dicomodel.items.x_ray_filtration_item import XRayFiltrationItem as XRayFilterSequenceItem

__all__ = [
    "FilterTypeTerm",
    "XRayFilterMacro",
    "XRayFilterSequenceItem",
]


class XRayFilterMacro(DicomModel):
    """X-Ray Filter Macro Attributes (PS3.3 Table C.8.31.8-1)."""

    dicom_name: ClassVar[str] = "X-Ray Filter"
    dicom_table: ClassVar[str] = "table_C.8.31.8-1"

    XRayFilterSequence: Annotated[
        list[_XRayFiltrationItem],
        Attribute(0x00189556, "SQ", "1", "1", name="X-Ray Filter Sequence"),
    ]
    """X-Ray Filter Sequence (0018,9556): Type 1, VR SQ, VM 1. A Sequence that describes the Attributes related to the filtration of X-Rays during image acquisition. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTerm"),
    "XRayFilterSequenceItem": ("dicomodel.items.x_ray_filtration_item", "XRayFiltrationItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
