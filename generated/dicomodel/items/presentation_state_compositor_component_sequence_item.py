"""Item class PresentationStateCompositorComponentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.weighting_transfer_function_sequence_item import (
        WeightingTransferFunctionSequenceItem as _WeightingTransferFunctionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _WeightingTransferFunctionSequenceItem = Lazy(
        "dicomodel.items.weighting_transfer_function_sequence_item",
        "WeightingTransferFunctionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.weighting_transfer_function_sequence_item import (
        WeightingTransferFunctionSequenceItem as WeightingTransferFunctionSequenceItem,
    )

__all__ = [
    "PresentationStateCompositorComponentSequenceItem",
    "WeightingTransferFunctionSequenceItem",
]


class PresentationStateCompositorComponentSequenceItem(DicomModel):
    """An item of Presentation State Compositor Component Sequence (0070,1805), as first defined in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    dicom_name: ClassVar[str] = "Presentation State Compositor Component Sequence"
    dicom_table: ClassVar[str] = "table_C.11.27-1"

    WeightingTransferFunctionSequence: Annotated[
        list[_WeightingTransferFunctionSequenceItem],
        Attribute(0x00701806, "SQ", "1", "1", name="Weighting Transfer Function Sequence"),
    ]
    """Weighting Transfer Function Sequence (0070,1806): Type 1, VR SQ, VM 1. Transfer functions used to derive the weighting factors for each of the two RGB inputs from both input Alphas. Each function is represented by the formula f(Alpha1,Alpha2) = WeightingFactor The function is specified in the form of a table."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WeightingTransferFunctionSequenceItem": (
        "dicomodel.items.weighting_transfer_function_sequence_item",
        "WeightingTransferFunctionSequenceItem",
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
