"""MR Spatial Saturation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_spatial_saturation_sequence_item import (
        MRSpatialSaturationSequenceItem as _MRSpatialSaturationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRSpatialSaturationSequenceItem = Lazy(
        "dicomodel.items.mr_spatial_saturation_sequence_item", "MRSpatialSaturationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.mr_spatial_saturation_sequence_item import (
        MRSpatialSaturationSequenceItem as MRSpatialSaturationSequenceItem,
    )

__all__ = [
    "MRSpatialSaturationMacro",
    "MRSpatialSaturationSequenceItem",
]


class MRSpatialSaturationMacro(DicomModel):
    """MR Spatial Saturation Macro Attributes (PS3.3 Table C.8-98)."""

    dicom_name: ClassVar[str] = "MR Spatial Saturation"
    dicom_table: ClassVar[str] = "table_C.8-98"

    MRSpatialSaturationSequence: Annotated[
        list[_MRSpatialSaturationSequenceItem] | None,
        Attribute(0x00189107, "SQ", "1", "2", name="MR Spatial Saturation Sequence"),
    ]
    """MR Spatial Saturation Sequence (0018,9107): Type 2, VR SQ, VM 1. A Sequence that provides the position of spatial saturation bands deposited as part of the pulse sequence. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MRSpatialSaturationSequenceItem": (
        "dicomodel.items.mr_spatial_saturation_sequence_item",
        "MRSpatialSaturationSequenceItem",
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
