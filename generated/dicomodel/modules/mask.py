"""Mask Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingModeTerm as _RecommendedViewingModeTerm,
    )
    from dicomodel.items.mask_subtraction_sequence_item import (
        MaskSubtractionSequenceItem as _MaskSubtractionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MaskSubtractionSequenceItem = Lazy(
        "dicomodel.items.mask_subtraction_sequence_item", "MaskSubtractionSequenceItem"
    )
    _RecommendedViewingModeTerm = Lazy(
        "dicomodel.enums.recommended_viewing_mode", "RecommendedViewingModeTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.mask_operation import MaskOperationTerm as MaskOperationTerm
    from dicomodel.enums.mask_selection_mode import MaskSelectionMode as MaskSelectionMode
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingModeTerm as RecommendedViewingModeTerm,
    )
    from dicomodel.items.mask_subtraction_sequence_item import (
        MaskSubtractionSequenceItem as MaskSubtractionSequenceItem,
    )

__all__ = [
    "MaskModule",
    "MaskOperationTerm",
    "MaskSelectionMode",
    "MaskSubtractionSequenceItem",
    "RecommendedViewingModeTerm",
]


class MaskModule(DicomModel):
    """Mask Module Attributes (PS3.3 Table C.7-16)."""

    dicom_name: ClassVar[str] = "Mask"
    dicom_table: ClassVar[str] = "table_C.7-16"

    MaskSubtractionSequence: Annotated[
        list[_MaskSubtractionSequenceItem],
        Attribute(0x00286100, "SQ", "1", "1", name="Mask Subtraction Sequence"),
    ]
    """Mask Subtraction Sequence (0028,6100): Type 1, VR SQ, VM 1. Defines a Sequence that describes mask subtraction operations for a Multi-frame Image. One or more Items shall be included in this Sequence."""

    RecommendedViewingMode: Annotated[
        _RecommendedViewingModeTerm | vr.CS | None,
        Attribute(0x00281090, "CS", "1", "2", name="Recommended Viewing Mode"),
    ]
    """Recommended Viewing Mode (0028,1090): Type 2, VR CS, VM 1. Specifies the recommended viewing protocol(s). Defined Terms: SUB For subtraction with mask images. NAT Native viewing of image as encoded."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MaskOperationTerm": ("dicomodel.enums.mask_operation", "MaskOperationTerm"),
    "MaskSelectionMode": ("dicomodel.enums.mask_selection_mode", "MaskSelectionMode"),
    "MaskSubtractionSequenceItem": (
        "dicomodel.items.mask_subtraction_sequence_item",
        "MaskSubtractionSequenceItem",
    ),
    "RecommendedViewingModeTerm": (
        "dicomodel.enums.recommended_viewing_mode",
        "RecommendedViewingModeTerm",
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
