"""Presence rules of Enhanced PET Corrections Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedPETCorrectionsModule = (
    "table_C.8.22-19",
    (
        (
            "CountsSource",
            Attribute(
                0x00541002,
                "CS",
                "1",
                "1",
                name="Counts Source",
                enumerated=((0, ("EMISSION", "TRANSMISSION")),),
            ),
            None,
        ),
        (
            "DecayCorrected",
            Attribute(
                0x00189758, "CS", "1", "1", name="Decay Corrected", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "AttenuationCorrected",
            Attribute(
                0x00189759,
                "CS",
                "1",
                "1",
                name="Attenuation Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ScatterCorrected",
            Attribute(
                0x00189760,
                "CS",
                "1",
                "1",
                name="Scatter Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "DeadTimeCorrected",
            Attribute(
                0x00189761,
                "CS",
                "1",
                "1",
                name="Dead Time Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "GantryMotionCorrected",
            Attribute(
                0x00189762,
                "CS",
                "1",
                "1",
                name="Gantry Motion Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "PatientMotionCorrected",
            Attribute(
                0x00189763,
                "CS",
                "1",
                "1",
                name="Patient Motion Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "CountLossNormalizationCorrected",
            Attribute(
                0x00189764,
                "CS",
                "1",
                "1",
                name="Count Loss Normalization Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RandomsCorrected",
            Attribute(
                0x00189765,
                "CS",
                "1",
                "1",
                name="Randoms Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "NonUniformRadialSamplingCorrected",
            Attribute(
                0x00189766,
                "CS",
                "1",
                "1",
                name="Non-uniform Radial Sampling Corrected",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "SensitivityCalibrated",
            Attribute(
                0x00189767,
                "CS",
                "1",
                "1",
                name="Sensitivity Calibrated",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "DetectorNormalizationCorrection",
            Attribute(
                0x00189768,
                "CS",
                "1",
                "1",
                name="Detector Normalization Correction",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RandomsCorrectionMethod",
            Attribute(
                0x00541100,
                "CS",
                "1",
                "1C",
                name="Randoms Correction Method",
                when=("value", 0x00189765, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "AttenuationCorrectionSource",
            Attribute(
                0x00189738,
                "CS",
                "1",
                "1C",
                name="Attenuation Correction Source",
                when=("value", 0x00189759, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "AttenuationCorrectionTemporalRelationship",
            Attribute(
                0x00189770,
                "CS",
                "1",
                "1C",
                name="Attenuation Correction Temporal Relationship",
                when=("value", 0x00189759, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "ScatterCorrectionMethod",
            Attribute(
                0x00541105,
                "LO",
                "1",
                "1C",
                name="Scatter Correction Method",
                when=("value", 0x00189760, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "DecayCorrectionDateTime",
            Attribute(
                0x00189701,
                "DT",
                "1",
                "1C",
                name="Decay Correction DateTime",
                when=("value", 0x00189758, 0, "in", ("YES",)),
            ),
            None,
        ),
    ),
)
