"""Presentation State Mask Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingModeValue as _RecommendedViewingModeValue,
    )
    from dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask import (
        MaskSubtractionSequenceItemPresentationStateMask as _MaskSubtractionSequenceItemPresentationStateMask,
    )
else:
    from dicomodel.lazy import Lazy

    _MaskSubtractionSequenceItemPresentationStateMask = Lazy(
        "dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask",
        "MaskSubtractionSequenceItemPresentationStateMask",
    )
    _RecommendedViewingModeValue = Lazy(
        "dicomodel.enums.recommended_viewing_mode", "RecommendedViewingModeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.mask_operation import MaskOperation as MaskOperation
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingMode as RecommendedViewingMode,
    )
    from dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask import (
        MaskSubtractionSequenceItemPresentationStateMask as MaskSubtractionSequenceItem,
    )

__all__ = [
    "MaskOperation",
    "MaskSubtractionSequenceItem",
    "PresentationStateMaskModule",
    "RecommendedViewingMode",
]


class PresentationStateMaskModule(DicomModel):
    """Presentation State Mask Module Attributes (PS3.3 Table C.11.13-1)."""

    dicom_name: ClassVar[str] = "Presentation State Mask"
    dicom_table: ClassVar[str] = "table_C.11.13-1"

    MaskSubtractionSequence: Annotated[
        list[_MaskSubtractionSequenceItemPresentationStateMask] | None,
        Attribute(
            0x00286100, "SQ", "1", "1C", name="Mask Subtraction Sequence", when=("module", "Mask")
        ),
    ] = None
    """Mask Subtraction Sequence (0028,6100): Type 1C, VR SQ, VM 1. Required if Mask Module is present. Required if Mask Module is present. Only a single Item shall be included in this Sequence. Applicable Frame Range (0028,6102) shall not be included in the Sequence Item."""

    RecommendedViewingMode: Annotated[
        _RecommendedViewingModeValue | None,
        Attribute(
            0x00281090,
            "CS",
            "1",
            "1C",
            name="Recommended Viewing Mode",
            enumerated=((0, ("SUB",)),),
            when=("present", 0x00286100),
        ),
    ] = None
    """Recommended Viewing Mode (0028,1090): Type 1C, VR CS, VM 1. Required if Mask Subtraction Sequence (0028,6100) is present. Specifies the recommended viewing protocol(s). Enumerated Values: SUB for subtraction with mask images Required if Mask Subtraction Sequence (0028,6100) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MaskOperation": ("dicomodel.enums.mask_operation", "MaskOperation"),
    "MaskSubtractionSequenceItem": (
        "dicomodel.items.mask_subtraction_sequence_item_presentation_state_mask",
        "MaskSubtractionSequenceItemPresentationStateMask",
    ),
    "RecommendedViewingMode": (
        "dicomodel.enums.recommended_viewing_mode",
        "RecommendedViewingMode",
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
