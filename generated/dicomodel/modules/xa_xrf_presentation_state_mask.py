"""XA/XRF Presentation State Mask Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask import (
        MaskSubtractionSequenceItemXAXRFPresentationStateMask as _MaskSubtractionSequenceItemXAXRFPresentationStateMask,
    )
else:
    from dicomodel.lazy import Lazy

    _MaskSubtractionSequenceItemXAXRFPresentationStateMask = Lazy(
        "dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask",
        "MaskSubtractionSequenceItemXAXRFPresentationStateMask",
    )

if TYPE_CHECKING:
    from dicomodel.enums.lut_function import LUTFunction as LUTFunction
    from dicomodel.enums.mask_operation import MaskOperationTerm as MaskOperationTerm
    from dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask import (
        MaskSubtractionSequenceItemXAXRFPresentationStateMask as MaskSubtractionSequenceItem,
    )
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask import (
        PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask as PixelIntensityRelationshipLUTSequenceItem,
    )
    from dicomodel.items.pixel_shift_sequence_item import (
        PixelShiftSequenceItem as PixelShiftSequenceItem,
    )
    from dicomodel.items.region_pixel_shift_sequence_item import (
        RegionPixelShiftSequenceItem as RegionPixelShiftSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "LUTFunction",
    "MaskOperationTerm",
    "MaskSubtractionSequenceItem",
    "PixelIntensityRelationshipLUTSequenceItem",
    "PixelShiftSequenceItem",
    "ReferencedImageSequenceItem",
    "RegionPixelShiftSequenceItem",
    "XAXRFPresentationStateMaskModule",
]


class XAXRFPresentationStateMaskModule(DicomModel):
    """XA/XRF Presentation State Mask Module Attributes (PS3.3 Table C.11.19-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Presentation State Mask"
    dicom_table: ClassVar[str] = "table_C.11.19-1"

    MaskSubtractionSequence: Annotated[
        list[_MaskSubtractionSequenceItemXAXRFPresentationStateMask],
        Attribute(0x00286100, "SQ", "1", "1", name="Mask Subtraction Sequence"),
    ]
    """Mask Subtraction Sequence (0028,6100): Type 1, VR SQ, VM 1. Defines a Sequence that describes mask subtraction operations for Multi-frame Images. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LUTFunction": ("dicomodel.enums.lut_function", "LUTFunction"),
    "MaskOperationTerm": ("dicomodel.enums.mask_operation", "MaskOperationTerm"),
    "MaskSubtractionSequenceItem": (
        "dicomodel.items.mask_subtraction_sequence_item_xaxrf_presentation_state_mask",
        "MaskSubtractionSequenceItemXAXRFPresentationStateMask",
    ),
    "PixelIntensityRelationshipLUTSequenceItem": (
        "dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask",
        "PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask",
    ),
    "PixelShiftSequenceItem": (
        "dicomodel.items.pixel_shift_sequence_item",
        "PixelShiftSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RegionPixelShiftSequenceItem": (
        "dicomodel.items.region_pixel_shift_sequence_item",
        "RegionPixelShiftSequenceItem",
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
