"""Enhanced PET Corrections Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.attenuation_corrected import (
        AttenuationCorrectedValue as _AttenuationCorrectedValue,
    )
    from dicomodel.enums.attenuation_correction_source import (
        AttenuationCorrectionSourceTerm as _AttenuationCorrectionSourceTerm,
    )
    from dicomodel.enums.attenuation_correction_temporal_relationship import (
        AttenuationCorrectionTemporalRelationshipTerm as _AttenuationCorrectionTemporalRelationshipTerm,
    )
    from dicomodel.enums.count_loss_normalization_corrected import (
        CountLossNormalizationCorrectedValue as _CountLossNormalizationCorrectedValue,
    )
    from dicomodel.enums.counts_source import CountsSourceValue as _CountsSourceValue
    from dicomodel.enums.dead_time_corrected import (
        DeadTimeCorrectedValue as _DeadTimeCorrectedValue,
    )
    from dicomodel.enums.decay_corrected import DecayCorrectedValue as _DecayCorrectedValue
    from dicomodel.enums.detector_normalization_correction import (
        DetectorNormalizationCorrectionValue as _DetectorNormalizationCorrectionValue,
    )
    from dicomodel.enums.gantry_motion_corrected import (
        GantryMotionCorrectedValue as _GantryMotionCorrectedValue,
    )
    from dicomodel.enums.non_uniform_radial_sampling_corrected import (
        NonUniformRadialSamplingCorrectedValue as _NonUniformRadialSamplingCorrectedValue,
    )
    from dicomodel.enums.patient_motion_corrected import (
        PatientMotionCorrectedValue as _PatientMotionCorrectedValue,
    )
    from dicomodel.enums.randoms_corrected import RandomsCorrectedValue as _RandomsCorrectedValue
    from dicomodel.enums.randoms_correction_method import (
        RandomsCorrectionMethodTermEnhancedPETCorrections as _RandomsCorrectionMethodTermEnhancedPETCorrections,
    )
    from dicomodel.enums.scatter_corrected import ScatterCorrectedValue as _ScatterCorrectedValue
    from dicomodel.enums.sensitivity_calibrated import (
        SensitivityCalibratedValue as _SensitivityCalibratedValue,
    )
else:
    from dicomodel.lazy import Lazy

    _AttenuationCorrectedValue = Lazy(
        "dicomodel.enums.attenuation_corrected", "AttenuationCorrectedValue"
    )
    _AttenuationCorrectionSourceTerm = Lazy(
        "dicomodel.enums.attenuation_correction_source", "AttenuationCorrectionSourceTerm"
    )
    _AttenuationCorrectionTemporalRelationshipTerm = Lazy(
        "dicomodel.enums.attenuation_correction_temporal_relationship",
        "AttenuationCorrectionTemporalRelationshipTerm",
    )
    _CountLossNormalizationCorrectedValue = Lazy(
        "dicomodel.enums.count_loss_normalization_corrected", "CountLossNormalizationCorrectedValue"
    )
    _CountsSourceValue = Lazy("dicomodel.enums.counts_source", "CountsSourceValue")
    _DeadTimeCorrectedValue = Lazy("dicomodel.enums.dead_time_corrected", "DeadTimeCorrectedValue")
    _DecayCorrectedValue = Lazy("dicomodel.enums.decay_corrected", "DecayCorrectedValue")
    _DetectorNormalizationCorrectionValue = Lazy(
        "dicomodel.enums.detector_normalization_correction", "DetectorNormalizationCorrectionValue"
    )
    _GantryMotionCorrectedValue = Lazy(
        "dicomodel.enums.gantry_motion_corrected", "GantryMotionCorrectedValue"
    )
    _NonUniformRadialSamplingCorrectedValue = Lazy(
        "dicomodel.enums.non_uniform_radial_sampling_corrected",
        "NonUniformRadialSamplingCorrectedValue",
    )
    _PatientMotionCorrectedValue = Lazy(
        "dicomodel.enums.patient_motion_corrected", "PatientMotionCorrectedValue"
    )
    _RandomsCorrectedValue = Lazy("dicomodel.enums.randoms_corrected", "RandomsCorrectedValue")
    _RandomsCorrectionMethodTermEnhancedPETCorrections = Lazy(
        "dicomodel.enums.randoms_correction_method",
        "RandomsCorrectionMethodTermEnhancedPETCorrections",
    )
    _ScatterCorrectedValue = Lazy("dicomodel.enums.scatter_corrected", "ScatterCorrectedValue")
    _SensitivityCalibratedValue = Lazy(
        "dicomodel.enums.sensitivity_calibrated", "SensitivityCalibratedValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.attenuation_corrected import AttenuationCorrected as AttenuationCorrected
    from dicomodel.enums.attenuation_correction_source import (
        AttenuationCorrectionSourceTerm as AttenuationCorrectionSourceTerm,
    )
    from dicomodel.enums.attenuation_correction_temporal_relationship import (
        AttenuationCorrectionTemporalRelationshipTerm as AttenuationCorrectionTemporalRelationshipTerm,
    )
    from dicomodel.enums.count_loss_normalization_corrected import (
        CountLossNormalizationCorrected as CountLossNormalizationCorrected,
    )
    from dicomodel.enums.counts_source import CountsSource as CountsSource
    from dicomodel.enums.dead_time_corrected import DeadTimeCorrected as DeadTimeCorrected
    from dicomodel.enums.decay_corrected import DecayCorrected as DecayCorrected
    from dicomodel.enums.detector_normalization_correction import (
        DetectorNormalizationCorrection as DetectorNormalizationCorrection,
    )
    from dicomodel.enums.gantry_motion_corrected import (
        GantryMotionCorrected as GantryMotionCorrected,
    )
    from dicomodel.enums.non_uniform_radial_sampling_corrected import (
        NonUniformRadialSamplingCorrected as NonUniformRadialSamplingCorrected,
    )
    from dicomodel.enums.patient_motion_corrected import (
        PatientMotionCorrected as PatientMotionCorrected,
    )
    from dicomodel.enums.randoms_corrected import RandomsCorrected as RandomsCorrected
    from dicomodel.enums.randoms_correction_method import (
        RandomsCorrectionMethodTermEnhancedPETCorrections as RandomsCorrectionMethodTerm,
    )
    from dicomodel.enums.scatter_corrected import ScatterCorrected as ScatterCorrected
    from dicomodel.enums.sensitivity_calibrated import (
        SensitivityCalibrated as SensitivityCalibrated,
    )

__all__ = [
    "AttenuationCorrected",
    "AttenuationCorrectionSourceTerm",
    "AttenuationCorrectionTemporalRelationshipTerm",
    "CountLossNormalizationCorrected",
    "CountsSource",
    "DeadTimeCorrected",
    "DecayCorrected",
    "DetectorNormalizationCorrection",
    "EnhancedPETCorrectionsModule",
    "GantryMotionCorrected",
    "NonUniformRadialSamplingCorrected",
    "PatientMotionCorrected",
    "RandomsCorrected",
    "RandomsCorrectionMethodTerm",
    "ScatterCorrected",
    "SensitivityCalibrated",
]


class EnhancedPETCorrectionsModule(DicomModel):
    """Enhanced PET Corrections Module Attributes (PS3.3 Table C.8.22-19)."""

    dicom_name: ClassVar[str] = "Enhanced PET Corrections"
    dicom_table: ClassVar[str] = "table_C.8.22-19"

    CountsSource: Annotated[
        _CountsSourceValue,
        Attribute(
            0x00541002,
            "CS",
            "1",
            "1",
            name="Counts Source",
            enumerated=((0, ("EMISSION", "TRANSMISSION")),),
        ),
    ]
    """Counts Source (0054,1002): Type 1, VR CS, VM 1. The primary source of counts. Enumerated Values: EMISSION TRANSMISSION"""

    DecayCorrected: Annotated[
        _DecayCorrectedValue,
        Attribute(
            0x00189758, "CS", "1", "1", name="Decay Corrected", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Decay Corrected (0018,9758): Type 1, VR CS, VM 1. Decay (DECY) correction has been applied to image. Enumerated Values: YES NO"""

    AttenuationCorrected: Annotated[
        _AttenuationCorrectedValue,
        Attribute(
            0x00189759,
            "CS",
            "1",
            "1",
            name="Attenuation Corrected",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Attenuation Corrected (0018,9759): Type 1, VR CS, VM 1. Attenuation (ATTN) correction has been applied to image. Enumerated Values: YES NO"""

    ScatterCorrected: Annotated[
        _ScatterCorrectedValue,
        Attribute(
            0x00189760, "CS", "1", "1", name="Scatter Corrected", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Scatter Corrected (0018,9760): Type 1, VR CS, VM 1. Scatter (SCAT) correction has been applied to image. Enumerated Values: YES NO"""

    DeadTimeCorrected: Annotated[
        _DeadTimeCorrectedValue,
        Attribute(
            0x00189761, "CS", "1", "1", name="Dead Time Corrected", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Dead Time Corrected (0018,9761): Type 1, VR CS, VM 1. Dead time (DTIM) correction has been applied to image. Enumerated Values: YES NO"""

    GantryMotionCorrected: Annotated[
        _GantryMotionCorrectedValue,
        Attribute(
            0x00189762,
            "CS",
            "1",
            "1",
            name="Gantry Motion Corrected",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Gantry Motion Corrected (0018,9762): Type 1, VR CS, VM 1. Gantry motion (MOTN) correction has been applied to image. Enumerated Values: YES NO"""

    PatientMotionCorrected: Annotated[
        _PatientMotionCorrectedValue,
        Attribute(
            0x00189763,
            "CS",
            "1",
            "1",
            name="Patient Motion Corrected",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Patient Motion Corrected (0018,9763): Type 1, VR CS, VM 1. Patient motion (PMOT) correction has been applied to image. Enumerated Values: YES NO"""

    CountLossNormalizationCorrected: Annotated[
        _CountLossNormalizationCorrectedValue,
        Attribute(
            0x00189764,
            "CS",
            "1",
            "1",
            name="Count Loss Normalization Corrected",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Count Loss Normalization Corrected (0018,9764): Type 1, VR CS, VM 1. Count loss (CLN) normalization correction has been applied to image. Enumerated Values: YES NO"""

    RandomsCorrected: Annotated[
        _RandomsCorrectedValue,
        Attribute(
            0x00189765, "CS", "1", "1", name="Randoms Corrected", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Randoms Corrected (0018,9765): Type 1, VR CS, VM 1. Randoms (RAN) correction has been applied to image. Enumerated Values: YES NO"""

    NonUniformRadialSamplingCorrected: Annotated[
        _NonUniformRadialSamplingCorrectedValue,
        Attribute(
            0x00189766,
            "CS",
            "1",
            "1",
            name="Non-uniform Radial Sampling Corrected",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Non-uniform Radial Sampling Corrected (0018,9766): Type 1, VR CS, VM 1. Non-uniform radial sampling (RADL) correction has been applied to image. Enumerated Values: YES NO"""

    SensitivityCalibrated: Annotated[
        _SensitivityCalibratedValue,
        Attribute(
            0x00189767,
            "CS",
            "1",
            "1",
            name="Sensitivity Calibrated",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Sensitivity Calibrated (0018,9767): Type 1, VR CS, VM 1. Image is sensitivity calibrated using a dose calibrator (DCAL). Enumerated Values: YES NO"""

    DetectorNormalizationCorrection: Annotated[
        _DetectorNormalizationCorrectionValue,
        Attribute(
            0x00189768,
            "CS",
            "1",
            "1",
            name="Detector Normalization Correction",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Detector Normalization Correction (0018,9768): Type 1, VR CS, VM 1. Detector normalization (NORM) correction has been applied to image. Enumerated Values: YES NO"""

    RandomsCorrectionMethod: Annotated[
        _RandomsCorrectionMethodTermEnhancedPETCorrections | vr.CS | None,
        Attribute(
            0x00541100,
            "CS",
            "1",
            "1C",
            name="Randoms Correction Method",
            when=("value", 0x00189765, 0, "in", ("YES",)),
        ),
    ] = None
    """Randoms Correction Method (0054,1100): Type 1C, VR CS, VM 1. Required if Randoms Corrected (0018,9765) equals YES. Type of randoms correction processing. Defined Terms: DLYD delayed event subtraction SING singles estimation PDDL Processed Delays, which is a correction based on a processed (filtered) version of the data acquired from the delayed coincide..."""

    AttenuationCorrectionSource: Annotated[
        _AttenuationCorrectionSourceTerm | vr.CS | None,
        Attribute(
            0x00189738,
            "CS",
            "1",
            "1C",
            name="Attenuation Correction Source",
            when=("value", 0x00189759, 0, "in", ("YES",)),
        ),
    ] = None
    """Attenuation Correction Source (0018,9738): Type 1C, VR CS, VM 1. Required if Attenuation Corrected (0018,9759) equals YES. Contains the source of the attenuation map information used for attenuation correction. See Section C.8.22.3.1.2 Required if Attenuation Corrected (0018,9759) equals YES."""

    AttenuationCorrectionTemporalRelationship: Annotated[
        _AttenuationCorrectionTemporalRelationshipTerm | vr.CS | None,
        Attribute(
            0x00189770,
            "CS",
            "1",
            "1C",
            name="Attenuation Correction Temporal Relationship",
            when=("value", 0x00189759, 0, "in", ("YES",)),
        ),
    ] = None
    """Attenuation Correction Temporal Relationship (0018,9770): Type 1C, VR CS, VM 1. Required if Attenuation Corrected (0018,9759) equals YES. Contains the temporal relationship between the attenuation correction source image and the PET image data. See Section C.8.22.3.1.3 Required if Attenuation Corrected (0018,9759) equals YES."""

    ScatterCorrectionMethod: Annotated[
        vr.LO | None,
        Attribute(
            0x00541105,
            "LO",
            "1",
            "1C",
            name="Scatter Correction Method",
            when=("value", 0x00189760, 0, "in", ("YES",)),
        ),
    ] = None
    """Scatter Correction Method (0054,1105): Type 1C, VR LO, VM 1. Required if Scatter Corrected (0018,9760) equals YES. A textual description of the scatter correction processing. e.g., convolution-subtraction, dual energy window, model-based, use of attenuation data. Required if Scatter Corrected (0018,9760) equals YES."""

    DecayCorrectionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189701,
            "DT",
            "1",
            "1C",
            name="Decay Correction DateTime",
            when=("value", 0x00189758, 0, "in", ("YES",)),
        ),
    ] = None
    """Decay Correction DateTime (0018,9701): Type 1C, VR DT, VM 1. Required if Decay Corrected (0018,9758) equals YES. The date and time to which all frames in this Image were decay corrected. Required if Decay Corrected (0018,9758) equals YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AttenuationCorrected": ("dicomodel.enums.attenuation_corrected", "AttenuationCorrected"),
    "AttenuationCorrectionSourceTerm": (
        "dicomodel.enums.attenuation_correction_source",
        "AttenuationCorrectionSourceTerm",
    ),
    "AttenuationCorrectionTemporalRelationshipTerm": (
        "dicomodel.enums.attenuation_correction_temporal_relationship",
        "AttenuationCorrectionTemporalRelationshipTerm",
    ),
    "CountLossNormalizationCorrected": (
        "dicomodel.enums.count_loss_normalization_corrected",
        "CountLossNormalizationCorrected",
    ),
    "CountsSource": ("dicomodel.enums.counts_source", "CountsSource"),
    "DeadTimeCorrected": ("dicomodel.enums.dead_time_corrected", "DeadTimeCorrected"),
    "DecayCorrected": ("dicomodel.enums.decay_corrected", "DecayCorrected"),
    "DetectorNormalizationCorrection": (
        "dicomodel.enums.detector_normalization_correction",
        "DetectorNormalizationCorrection",
    ),
    "GantryMotionCorrected": ("dicomodel.enums.gantry_motion_corrected", "GantryMotionCorrected"),
    "NonUniformRadialSamplingCorrected": (
        "dicomodel.enums.non_uniform_radial_sampling_corrected",
        "NonUniformRadialSamplingCorrected",
    ),
    "PatientMotionCorrected": (
        "dicomodel.enums.patient_motion_corrected",
        "PatientMotionCorrected",
    ),
    "RandomsCorrected": ("dicomodel.enums.randoms_corrected", "RandomsCorrected"),
    "RandomsCorrectionMethodTerm": (
        "dicomodel.enums.randoms_correction_method",
        "RandomsCorrectionMethodTermEnhancedPETCorrections",
    ),
    "ScatterCorrected": ("dicomodel.enums.scatter_corrected", "ScatterCorrected"),
    "SensitivityCalibrated": ("dicomodel.enums.sensitivity_calibrated", "SensitivityCalibrated"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
