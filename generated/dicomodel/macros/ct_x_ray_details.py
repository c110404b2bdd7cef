"""CT X-Ray Details Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ctx_ray_details_sequence_item import (
        CTXRayDetailsSequenceItem as _CTXRayDetailsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTXRayDetailsSequenceItem = Lazy(
        "dicomodel.items.ctx_ray_details_sequence_item", "CTXRayDetailsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.filter_type import FilterTypeTermCTXRayDetails as FilterTypeTerm
    from dicomodel.items.ctx_ray_details_sequence_item import (
        CTXRayDetailsSequenceItem as CTXRayDetailsSequenceItem,
    )

__all__ = [
    "CTXRayDetailsMacro",
    "CTXRayDetailsSequenceItem",
    "FilterTypeTerm",
]


class CTXRayDetailsMacro(DicomModel):
    """CT X-Ray Details Macro Attributes (PS3.3 Table C.8-125)."""

    dicom_name: ClassVar[str] = "CT X-Ray Details"
    dicom_table: ClassVar[str] = "table_C.8-125"

    CTXRayDetailsSequence: Annotated[
        list[_CTXRayDetailsSequenceItem],
        Attribute(0x00189325, "SQ", "1", "1", name="CT X-Ray Details Sequence"),
    ]
    """CT X-Ray Details Sequence (0018,9325): Type 1, VR SQ, VM 1. Contains the Attributes defining the X-Ray information. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTXRayDetailsSequenceItem": (
        "dicomodel.items.ctx_ray_details_sequence_item",
        "CTXRayDetailsSequenceItem",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTermCTXRayDetails"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
