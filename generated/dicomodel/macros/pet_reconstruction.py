"""PET Reconstruction Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.pet_reconstruction_sequence_item import (
        PETReconstructionSequenceItem as _PETReconstructionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PETReconstructionSequenceItem = Lazy(
        "dicomodel.items.pet_reconstruction_sequence_item", "PETReconstructionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.iterative_reconstruction_method import (
        IterativeReconstructionMethod as IterativeReconstructionMethod,
    )
    from dicomodel.enums.reconstruction_algorithm import (
        ReconstructionAlgorithmTermPETReconstruction as ReconstructionAlgorithmTerm,
    )
    from dicomodel.enums.reconstruction_type import ReconstructionTypeTerm as ReconstructionTypeTerm
    from dicomodel.items.pet_reconstruction_sequence_item import (
        PETReconstructionSequenceItem as PETReconstructionSequenceItem,
    )

__all__ = [
    "IterativeReconstructionMethod",
    "PETReconstructionMacro",
    "PETReconstructionSequenceItem",
    "ReconstructionAlgorithmTerm",
    "ReconstructionTypeTerm",
]


class PETReconstructionMacro(DicomModel):
    """PET Reconstruction Macro Attributes (PS3.3 Table C.8.22-17)."""

    dicom_name: ClassVar[str] = "PET Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8.22-17"

    PETReconstructionSequence: Annotated[
        list[_PETReconstructionSequenceItem],
        Attribute(0x00189749, "SQ", "1", "1", name="PET Reconstruction Sequence"),
    ]
    """PET Reconstruction Sequence (0018,9749): Type 1, VR SQ, VM 1. Contains the Attributes describing the reconstruction process for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IterativeReconstructionMethod": (
        "dicomodel.enums.iterative_reconstruction_method",
        "IterativeReconstructionMethod",
    ),
    "PETReconstructionSequenceItem": (
        "dicomodel.items.pet_reconstruction_sequence_item",
        "PETReconstructionSequenceItem",
    ),
    "ReconstructionAlgorithmTerm": (
        "dicomodel.enums.reconstruction_algorithm",
        "ReconstructionAlgorithmTermPETReconstruction",
    ),
    "ReconstructionTypeTerm": ("dicomodel.enums.reconstruction_type", "ReconstructionTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
