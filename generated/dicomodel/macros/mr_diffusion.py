"""MR Diffusion Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_diffusion_sequence_item import (
        MRDiffusionSequenceItem as _MRDiffusionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRDiffusionSequenceItem = Lazy(
        "dicomodel.items.mr_diffusion_sequence_item", "MRDiffusionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.diffusion_anisotropy_type import (
        DiffusionAnisotropyTypeTerm as DiffusionAnisotropyTypeTerm,
    )
    from dicomodel.enums.diffusion_directionality import (
        DiffusionDirectionalityTerm as DiffusionDirectionalityTerm,
    )
    from dicomodel.items.diffusion_b_matrix_sequence_item import (
        DiffusionBMatrixSequenceItem as DiffusionBMatrixSequenceItem,
    )
    from dicomodel.items.diffusion_gradient_direction_sequence_item import (
        DiffusionGradientDirectionSequenceItem as DiffusionGradientDirectionSequenceItem,
    )
    from dicomodel.items.mr_diffusion_sequence_item import (
        MRDiffusionSequenceItem as MRDiffusionSequenceItem,
    )

__all__ = [
    "DiffusionAnisotropyTypeTerm",
    "DiffusionBMatrixSequenceItem",
    "DiffusionDirectionalityTerm",
    "DiffusionGradientDirectionSequenceItem",
    "MRDiffusionMacro",
    "MRDiffusionSequenceItem",
]


class MRDiffusionMacro(DicomModel):
    """MR Diffusion Macro Attributes (PS3.3 Table C.8-96)."""

    dicom_name: ClassVar[str] = "MR Diffusion"
    dicom_table: ClassVar[str] = "table_C.8-96"

    MRDiffusionSequence: Annotated[
        list[_MRDiffusionSequenceItem],
        Attribute(0x00189117, "SQ", "1", "1", name="MR Diffusion Sequence"),
    ]
    """MR Diffusion Sequence (0018,9117): Type 1, VR SQ, VM 1. Identifies the diffusion parameters of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DiffusionAnisotropyTypeTerm": (
        "dicomodel.enums.diffusion_anisotropy_type",
        "DiffusionAnisotropyTypeTerm",
    ),
    "DiffusionBMatrixSequenceItem": (
        "dicomodel.items.diffusion_b_matrix_sequence_item",
        "DiffusionBMatrixSequenceItem",
    ),
    "DiffusionDirectionalityTerm": (
        "dicomodel.enums.diffusion_directionality",
        "DiffusionDirectionalityTerm",
    ),
    "DiffusionGradientDirectionSequenceItem": (
        "dicomodel.items.diffusion_gradient_direction_sequence_item",
        "DiffusionGradientDirectionSequenceItem",
    ),
    "MRDiffusionSequenceItem": (
        "dicomodel.items.mr_diffusion_sequence_item",
        "MRDiffusionSequenceItem",
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
