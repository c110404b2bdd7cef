"""Item class MRDiffusionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.diffusion_anisotropy_type import (
        DiffusionAnisotropyTypeTerm as _DiffusionAnisotropyTypeTerm,
    )
    from dicomodel.enums.diffusion_directionality import (
        DiffusionDirectionalityTerm as _DiffusionDirectionalityTerm,
    )
    from dicomodel.items.diffusion_b_matrix_sequence_item import (
        DiffusionBMatrixSequenceItem as _DiffusionBMatrixSequenceItem,
    )
    from dicomodel.items.diffusion_gradient_direction_sequence_item import (
        DiffusionGradientDirectionSequenceItem as _DiffusionGradientDirectionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DiffusionAnisotropyTypeTerm = Lazy(
        "dicomodel.enums.diffusion_anisotropy_type", "DiffusionAnisotropyTypeTerm"
    )
    _DiffusionBMatrixSequenceItem = Lazy(
        "dicomodel.items.diffusion_b_matrix_sequence_item", "DiffusionBMatrixSequenceItem"
    )
    _DiffusionDirectionalityTerm = Lazy(
        "dicomodel.enums.diffusion_directionality", "DiffusionDirectionalityTerm"
    )
    _DiffusionGradientDirectionSequenceItem = Lazy(
        "dicomodel.items.diffusion_gradient_direction_sequence_item",
        "DiffusionGradientDirectionSequenceItem",
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

__all__ = [
    "DiffusionAnisotropyTypeTerm",
    "DiffusionBMatrixSequenceItem",
    "DiffusionDirectionalityTerm",
    "DiffusionGradientDirectionSequenceItem",
    "MRDiffusionSequenceItem",
]


class MRDiffusionSequenceItem(DicomModel):
    """An item of MR Diffusion Sequence (0018,9117), as first defined in MR Diffusion Macro Attributes (C.8-96)."""

    dicom_name: ClassVar[str] = "MR Diffusion Sequence"
    dicom_table: ClassVar[str] = "table_C.8-96"

    DiffusionBValue: Annotated[
        vr.FD | None,
        Attribute(
            0x00189087,
            "FD",
            "1",
            "1C",
            name="Diffusion b-value",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Diffusion b-value (0018,9087): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Diffusion sensitization factor in sec/mm2. This is the actual b-value for original frames and those derived from frames with the same b-value, or the most representative b-value when derived from images with different b-values."""

    DiffusionDirectionality: Annotated[
        _DiffusionDirectionalityTerm | vr.CS | None,
        Attribute(
            0x00189075,
            "CS",
            "1",
            "1C",
            name="Diffusion Directionality",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Diffusion Directionality (0018,9075): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Specifies whether diffusion conditions for the frame are directional, or isotropic with respect to direction. Defined Terms: DIRECTIONAL BMATRIX ISOTROPIC NONE To be used when Frame Type (0008,9007) value 4 equals DIFFUSION_ANISO or Diffusi..."""

    DiffusionGradientDirectionSequence: Annotated[
        list[_DiffusionGradientDirectionSequenceItem] | None,
        Attribute(
            0x00189076,
            "SQ",
            "1",
            "1C",
            name="Diffusion Gradient Direction Sequence",
            when=("value", 0x00189075, 0, "in", ("DIRECTIONAL",)),
        ),
    ] = None
    """Diffusion Gradient Direction Sequence (0018,9076): Type 1C, VR SQ, VM 1. Required if Diffusion Directionality (0018,9075) equals DIRECTIONAL May be present if Diffusion Directionality (0018,9075) equals BMATRIX. Sequence containing orientations of all diffusion sensitization gradients that were applied during the acquisition of this frame. Only a single Item shall be included in this Sequence."""

    DiffusionBMatrixSequence: Annotated[
        list[_DiffusionBMatrixSequenceItem] | None,
        Attribute(
            0x00189601,
            "SQ",
            "1",
            "1C",
            name="Diffusion b-matrix Sequence",
            when=("value", 0x00189075, 0, "in", ("BMATRIX",)),
        ),
    ] = None
    """Diffusion b-matrix Sequence (0018,9601): Type 1C, VR SQ, VM 1. Required if Diffusion Directionality (0018,9075) equals BMATRIX. The directional diffusion sensitization expressed as a 3x3 matrix with diagonal symmetry (with six unique elements from which the other elements can be derived)."""

    DiffusionAnisotropyType: Annotated[
        _DiffusionAnisotropyTypeTerm | vr.CS | None,
        Attribute(
            0x00189147,
            "CS",
            "1",
            "1C",
            name="Diffusion Anisotropy Type",
            when=("value", 0x00089007, 4, "in", ("DIFFUSION_ANISO",)),
        ),
    ] = None
    """Diffusion Anisotropy Type (0018,9147): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) value 4 equals DIFFUSION_ANISO. Class of diffusion anisotropy calculation. Defined Terms: FRACTIONAL RELATIVE VOLUME_RATIO Required if Frame Type (0008,9007) value 4 equals DIFFUSION_ANISO."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
