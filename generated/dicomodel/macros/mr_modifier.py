"""MR Modifier Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_modifier_sequence_item import (
        MRModifierSequenceItem as _MRModifierSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRModifierSequenceItem = Lazy(
        "dicomodel.items.mr_modifier_sequence_item", "MRModifierSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.flow_compensation import FlowCompensationTerm as FlowCompensationTerm
    from dicomodel.enums.flow_compensation_direction import (
        FlowCompensationDirection as FlowCompensationDirection,
    )
    from dicomodel.enums.inversion_recovery import InversionRecovery as InversionRecovery
    from dicomodel.enums.parallel_acquisition import ParallelAcquisition as ParallelAcquisition
    from dicomodel.enums.parallel_acquisition_technique import (
        ParallelAcquisitionTechniqueTerm as ParallelAcquisitionTechniqueTerm,
    )
    from dicomodel.enums.partial_fourier import PartialFourier as PartialFourier
    from dicomodel.enums.partial_fourier_direction import (
        PartialFourierDirection as PartialFourierDirection,
    )
    from dicomodel.enums.spatial_presaturation import (
        SpatialPresaturationTerm as SpatialPresaturationTerm,
    )
    from dicomodel.enums.spectrally_selected_excitation import (
        SpectrallySelectedExcitation as SpectrallySelectedExcitation,
    )
    from dicomodel.enums.spoiling import Spoiling as Spoiling
    from dicomodel.enums.t2_preparation import T2Preparation as T2Preparation
    from dicomodel.items.mr_modifier_sequence_item import (
        MRModifierSequenceItem as MRModifierSequenceItem,
    )

__all__ = [
    "FlowCompensationDirection",
    "FlowCompensationTerm",
    "InversionRecovery",
    "MRModifierMacro",
    "MRModifierSequenceItem",
    "ParallelAcquisition",
    "ParallelAcquisitionTechniqueTerm",
    "PartialFourier",
    "PartialFourierDirection",
    "SpatialPresaturationTerm",
    "SpectrallySelectedExcitation",
    "Spoiling",
    "T2Preparation",
]


class MRModifierMacro(DicomModel):
    """MR Modifier Macro Attributes (PS3.3 Table C.8-92)."""

    dicom_name: ClassVar[str] = "MR Modifier"
    dicom_table: ClassVar[str] = "table_C.8-92"

    MRModifierSequence: Annotated[
        list[_MRModifierSequenceItem],
        Attribute(0x00189115, "SQ", "1", "1", name="MR Modifier Sequence"),
    ]
    """MR Modifier Sequence (0018,9115): Type 1, VR SQ, VM 1. Identifies general acquisition parameters of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FlowCompensationDirection": (
        "dicomodel.enums.flow_compensation_direction",
        "FlowCompensationDirection",
    ),
    "FlowCompensationTerm": ("dicomodel.enums.flow_compensation", "FlowCompensationTerm"),
    "InversionRecovery": ("dicomodel.enums.inversion_recovery", "InversionRecovery"),
    "MRModifierSequenceItem": (
        "dicomodel.items.mr_modifier_sequence_item",
        "MRModifierSequenceItem",
    ),
    "ParallelAcquisition": ("dicomodel.enums.parallel_acquisition", "ParallelAcquisition"),
    "ParallelAcquisitionTechniqueTerm": (
        "dicomodel.enums.parallel_acquisition_technique",
        "ParallelAcquisitionTechniqueTerm",
    ),
    "PartialFourier": ("dicomodel.enums.partial_fourier", "PartialFourier"),
    "PartialFourierDirection": (
        "dicomodel.enums.partial_fourier_direction",
        "PartialFourierDirection",
    ),
    "SpatialPresaturationTerm": (
        "dicomodel.enums.spatial_presaturation",
        "SpatialPresaturationTerm",
    ),
    "SpectrallySelectedExcitation": (
        "dicomodel.enums.spectrally_selected_excitation",
        "SpectrallySelectedExcitation",
    ),
    "Spoiling": ("dicomodel.enums.spoiling", "Spoiling"),
    "T2Preparation": ("dicomodel.enums.t2_preparation", "T2Preparation"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
