"""CT Reconstruction Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_reconstruction_sequence_item import (
        CTReconstructionSequenceItem as _CTReconstructionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTReconstructionSequenceItem = Lazy(
        "dicomodel.items.ct_reconstruction_sequence_item", "CTReconstructionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.convolution_kernel_group import (
        ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTerm as ReconstructionAlgorithmTerm,
    )
    from dicomodel.items.ct_reconstruction_sequence_item import (
        CTReconstructionSequenceItem as CTReconstructionSequenceItem,
    )

__all__ = [
    "CTReconstructionMacro",
    "CTReconstructionSequenceItem",
    "ConvolutionKernelGroupTerm",
    "ReconstructionAlgorithmTerm",
]


class CTReconstructionMacro(DicomModel):
    """CT Reconstruction Macro Attributes (PS3.3 Table C.8-123)."""

    dicom_name: ClassVar[str] = "CT Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8-123"

    CTReconstructionSequence: Annotated[
        list[_CTReconstructionSequenceItem],
        Attribute(0x00189314, "SQ", "1", "1", name="CT Reconstruction Sequence"),
    ]
    """CT Reconstruction Sequence (0018,9314): Type 1, VR SQ, VM 1. Contains the Attributes holding information about the reconstruction techniques used. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTReconstructionSequenceItem": (
        "dicomodel.items.ct_reconstruction_sequence_item",
        "CTReconstructionSequenceItem",
    ),
    "ConvolutionKernelGroupTerm": (
        "dicomodel.enums.convolution_kernel_group",
        "ConvolutionKernelGroupTerm",
    ),
    "ReconstructionAlgorithmTerm": (
        "dicomodel.enums.reconstruction_algorithm",
        "ReconstructionAlgorithmTerm",
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
