"""Item class MRModifierSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.flow_compensation import FlowCompensationTerm as _FlowCompensationTerm
    from dicomodel.enums.flow_compensation_direction import (
        FlowCompensationDirectionValue as _FlowCompensationDirectionValue,
    )
    from dicomodel.enums.inversion_recovery import InversionRecoveryValue as _InversionRecoveryValue
    from dicomodel.enums.parallel_acquisition import (
        ParallelAcquisitionValue as _ParallelAcquisitionValue,
    )
    from dicomodel.enums.parallel_acquisition_technique import (
        ParallelAcquisitionTechniqueTerm as _ParallelAcquisitionTechniqueTerm,
    )
    from dicomodel.enums.partial_fourier import PartialFourierValue as _PartialFourierValue
    from dicomodel.enums.partial_fourier_direction import (
        PartialFourierDirectionValue as _PartialFourierDirectionValue,
    )
    from dicomodel.enums.spatial_presaturation import (
        SpatialPresaturationTerm as _SpatialPresaturationTerm,
    )
    from dicomodel.enums.spectrally_selected_excitation import (
        SpectrallySelectedExcitationValue as _SpectrallySelectedExcitationValue,
    )
    from dicomodel.enums.spoiling import SpoilingValue as _SpoilingValue
    from dicomodel.enums.t2_preparation import T2PreparationValue as _T2PreparationValue
else:
    from dicomodel.lazy import Lazy

    _FlowCompensationDirectionValue = Lazy(
        "dicomodel.enums.flow_compensation_direction", "FlowCompensationDirectionValue"
    )
    _FlowCompensationTerm = Lazy("dicomodel.enums.flow_compensation", "FlowCompensationTerm")
    _InversionRecoveryValue = Lazy("dicomodel.enums.inversion_recovery", "InversionRecoveryValue")
    _ParallelAcquisitionTechniqueTerm = Lazy(
        "dicomodel.enums.parallel_acquisition_technique", "ParallelAcquisitionTechniqueTerm"
    )
    _ParallelAcquisitionValue = Lazy(
        "dicomodel.enums.parallel_acquisition", "ParallelAcquisitionValue"
    )
    _PartialFourierDirectionValue = Lazy(
        "dicomodel.enums.partial_fourier_direction", "PartialFourierDirectionValue"
    )
    _PartialFourierValue = Lazy("dicomodel.enums.partial_fourier", "PartialFourierValue")
    _SpatialPresaturationTerm = Lazy(
        "dicomodel.enums.spatial_presaturation", "SpatialPresaturationTerm"
    )
    _SpectrallySelectedExcitationValue = Lazy(
        "dicomodel.enums.spectrally_selected_excitation", "SpectrallySelectedExcitationValue"
    )
    _SpoilingValue = Lazy("dicomodel.enums.spoiling", "SpoilingValue")
    _T2PreparationValue = Lazy("dicomodel.enums.t2_preparation", "T2PreparationValue")

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

__all__ = [
    "FlowCompensationDirection",
    "FlowCompensationTerm",
    "InversionRecovery",
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


class MRModifierSequenceItem(DicomModel):
    """An item of MR Modifier Sequence (0018,9115), as first defined in MR Modifier Macro Attributes (C.8-92)."""

    dicom_name: ClassVar[str] = "MR Modifier Sequence"
    dicom_table: ClassVar[str] = "table_C.8-92"

    InversionRecovery: Annotated[
        _InversionRecoveryValue | None,
        Attribute(
            0x00189009,
            "CS",
            "1",
            "1C",
            name="Inversion Recovery",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Inversion Recovery (0018,9009): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Inversion Recovery preparatory sequence. Enumerated Values: YES NO Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    InversionTimes: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189079,
            "FD",
            "1-n",
            "1C",
            name="Inversion Times",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189009, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Inversion Times (0018,9079): Type 1C, VR FD, VM 1-n. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Inversion Recovery (0018,9009) equals YES. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Inversion Recovery (0018,9009) equals YES. Times in ms after the middle of inverting RF pulse to middle of excitation pulse to detect the amount of longitudinal magnetization."""

    FlowCompensation: Annotated[
        _FlowCompensationTerm | vr.CS | None,
        Attribute(
            0x00189010,
            "CS",
            "1",
            "1C",
            name="Flow Compensation",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Flow Compensation (0018,9010): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Flow Compensation. Defined Terms: ACCELERATION VELOCITY OTHER NONE Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    FlowCompensationDirection: Annotated[
        _FlowCompensationDirectionValue | None,
        Attribute(
            0x00189183,
            "CS",
            "1",
            "1C",
            name="Flow Compensation Direction",
            enumerated=(
                (
                    0,
                    (
                        "PHASE",
                        "FREQUENCY",
                        "SLICE_SELECT",
                        "SLICE_AND_FREQ",
                        "SLICE_FREQ_PHASE",
                        "PHASE_AND_FREQ",
                        "SLICE_AND_PHASE",
                        "OTHER",
                    ),
                ),
            ),
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189010, 0, "not_in", ("NONE",)),
            ),
        ),
    ] = None
    """Flow Compensation Direction (0018,9183): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Flow Compensation (0018,9010) equals other than NONE. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Flow Compensation (0018,9010) equals other than NONE. Flow Compensation Direction. Enumerated Values: PHASE FREQUENCY SLICE_SELECT SLICE_AND_FREQ SLICE_FREQ_PHASE PHASE_AND_FREQ SLICE_AND_PHASE OTHER Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Flow Compensation (00..."""

    Spoiling: Annotated[
        _SpoilingValue | None,
        Attribute(
            0x00189016,
            "CS",
            "1",
            "1C",
            name="Spoiling",
            enumerated=((0, ("RF", "GRADIENT", "RF_AND_GRADIENT", "NONE")),),
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189008, 0, "in", ("GRADIENT", "BOTH")),
            ),
        ),
    ] = None
    """Spoiling (0018,9016): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Echo Pulse Sequence (0018,9008) equals GRADIENT or BOTH. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Echo Pulse Sequence (0018,9008) equals GRADIENT or BOTH. Spoiling. Enumerated Values: RF RF spoiled GRADIENT gradient spoiled RF_AND_GRADIENT NONE Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Echo Pulse Sequence (0018,9008) equals GRADIENT or BOTH."""

    T2Preparation: Annotated[
        _T2PreparationValue | None,
        Attribute(
            0x00189021,
            "CS",
            "1",
            "1C",
            name="T2 Preparation",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """T2 Preparation (0018,9021): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. T2 prepared Pulse Sequence. Enumerated Values: YES NO Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    SpectrallySelectedExcitation: Annotated[
        _SpectrallySelectedExcitationValue | None,
        Attribute(
            0x00189026,
            "CS",
            "1",
            "1C",
            name="Spectrally Selected Excitation",
            enumerated=((0, ("WATER", "FAT", "NONE")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Spectrally Selected Excitation (0018,9026): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Spectrally Selected Excitation. Enumerated Values: WATER water excitation FAT fat excitation NONE Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    SpatialPresaturation: Annotated[
        _SpatialPresaturationTerm | vr.CS | None,
        Attribute(
            0x00189027,
            "CS",
            "1",
            "1C",
            name="Spatial Pre-saturation",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Spatial Pre-saturation (0018,9027): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Spatial Pre-saturation. Defined Terms: SLAB NONE Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    PartialFourier: Annotated[
        _PartialFourierValue | None,
        Attribute(
            0x00189081,
            "CS",
            "1",
            "1C",
            name="Partial Fourier",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Partial Fourier (0018,9081): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Partial Fourier. Enumerated Values: YES NO Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    PartialFourierDirection: Annotated[
        _PartialFourierDirectionValue | None,
        Attribute(
            0x00189036,
            "CS",
            "1",
            "1C",
            name="Partial Fourier Direction",
            enumerated=((0, ("PHASE", "FREQUENCY", "SLICE_SELECT", "COMBINATION")),),
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189081, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Partial Fourier Direction (0018,9036): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Partial Fourier (0018,9081) equals YES. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Partial Fourier (0018,9081) equals YES. Direction of Partial Fourier. Enumerated Values: PHASE FREQUENCY SLICE_SELECT COMBINATION Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Partial Fourier (0018,9081) equals YES."""

    ParallelAcquisition: Annotated[
        _ParallelAcquisitionValue | None,
        Attribute(
            0x00189077,
            "CS",
            "1",
            "1C",
            name="Parallel Acquisition",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Parallel Acquisition (0018,9077): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Parallel acquisition has been used to reduce measurement time. Enumerated Values: YES NO Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    ParallelAcquisitionTechnique: Annotated[
        _ParallelAcquisitionTechniqueTerm | vr.CS | None,
        Attribute(
            0x00189078,
            "CS",
            "1",
            "1C",
            name="Parallel Acquisition Technique",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189077, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Parallel Acquisition Technique (0018,9078): Type 1C, VR CS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Parallel Acquisition (0018,9077) equals YES. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Parallel Acquisition (0018,9077) equals YES. Parallel acquisition characteristics. Defined Terms: PILS SENSE SMASH OTHER Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Parallel Acquisition (0018,9077) equals YES."""

    ParallelReductionFactorInPlane: Annotated[
        vr.FD | None,
        Attribute(
            0x00189069,
            "FD",
            "1",
            "1C",
            name="Parallel Reduction Factor In-plane",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189077, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Parallel Reduction Factor In-plane (0018,9069): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Parallel Acquisition (0018,9077) equals YES. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Parallel Acquisition (0018,9077) equals YES. Measurement time reduction factor expressed as ratio of original and reduced measurement time for the in-plane direction. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Parallel Acquisition (0018,9077) equals YES."""

    ParallelReductionFactorOutOfPlane: Annotated[
        vr.FD | None,
        Attribute(
            0x00189155,
            "FD",
            "1",
            "1C",
            name="Parallel Reduction Factor out-of-plane",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189077, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Parallel Reduction Factor out-of-plane (0018,9155): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Parallel Acquisition (0018,9077) equals YES. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Parallel Acquisition (0018,9077) equals YES. Measurement time reduction factor expressed as ratio of original and reduced measurement time for the out-of-plane direction Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Parallel Acquisition (0018,9077) equals YE..."""

    ParallelReductionFactorSecondInPlane: Annotated[
        vr.FD | None,
        Attribute(
            0x00189168,
            "FD",
            "1",
            "1C",
            name="Parallel Reduction Factor Second In-plane",
            when=(
                "and",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00189077, 0, "in", ("YES",)),
            ),
        ),
    ] = None
    """Parallel Reduction Factor Second In-plane (0018,9168): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Parallel Acquisition (0018,9077) equals YES. Otherwise may be present if Frame Type (0008,9007) Value 1 is DERIVED and Parallel Acquisition (0018,9077) equals YES. Measurement time reduction factor expressed as ratio of original and reduced measurement time for the second in-plane direction. Only required for MR Spectroscopy SOP Instances."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FlowCompensationDirection": (
        "dicomodel.enums.flow_compensation_direction",
        "FlowCompensationDirection",
    ),
    "FlowCompensationTerm": ("dicomodel.enums.flow_compensation", "FlowCompensationTerm"),
    "InversionRecovery": ("dicomodel.enums.inversion_recovery", "InversionRecovery"),
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
