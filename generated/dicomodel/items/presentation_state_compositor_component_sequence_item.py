"""Item class PresentationStateCompositorComponentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.weighting_transfer_function_sequence_item import (
    WeightingTransferFunctionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PresentationStateCompositorComponentSequenceItem",
    "WeightingTransferFunctionSequenceItem",
]


class PresentationStateCompositorComponentSequenceItem(DicomModel):
    """An item of Presentation State Compositor Component Sequence (0070,1805), as first defined in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    dicom_name: ClassVar[str] = "Presentation State Compositor Component Sequence"
    dicom_table: ClassVar[str] = "table_C.11.27-1"

    WeightingTransferFunctionSequence: Annotated[
        list[WeightingTransferFunctionSequenceItem],
        Attribute(0x00701806, "SQ", "1", "1", name="Weighting Transfer Function Sequence"),
    ]
    """Weighting Transfer Function Sequence (0070,1806): Type 1, VR SQ, VM 1. Transfer functions used to derive the weighting factors for each of the two RGB inputs from both input Alphas. Each function is represented by the formula f(Alpha1,Alpha2) = WeightingFactor The function is specified in the form of a table."""
