"""CT Additional X-Ray Source Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_additional_x_ray_source_sequence_item import (
        CTAdditionalXRaySourceSequenceItem as _CTAdditionalXRaySourceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTAdditionalXRaySourceSequenceItem = Lazy(
        "dicomodel.items.ct_additional_x_ray_source_sequence_item",
        "CTAdditionalXRaySourceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.ct_additional_x_ray_source_sequence_item import (
        CTAdditionalXRaySourceSequenceItem as CTAdditionalXRaySourceSequenceItem,
    )

__all__ = [
    "CTAdditionalXRaySourceMacro",
    "CTAdditionalXRaySourceSequenceItem",
]


class CTAdditionalXRaySourceMacro(DicomModel):
    """CT Additional X-Ray Source Macro Attributes (PS3.3 Table C.8-126b)."""

    dicom_name: ClassVar[str] = "CT Additional X-Ray Source"
    dicom_table: ClassVar[str] = "table_C.8-126b"

    CTAdditionalXRaySourceSequence: Annotated[
        list[_CTAdditionalXRaySourceSequenceItem],
        Attribute(0x00189360, "SQ", "1", "1", name="CT Additional X-Ray Source Sequence"),
    ]
    """CT Additional X-Ray Source Sequence (0018,9360): Type 1, VR SQ, VM 1. Contains the Attributes defining the data acquisition in a multiple X-Ray source system beyond the primary source. The primary X-Ray source is specified in the CT X-Ray Details Sequence. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTAdditionalXRaySourceSequenceItem": (
        "dicomodel.items.ct_additional_x_ray_source_sequence_item",
        "CTAdditionalXRaySourceSequenceItem",
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
