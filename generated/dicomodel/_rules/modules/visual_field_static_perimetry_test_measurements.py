"""Presence rules of Visual Field Static Perimetry Test Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualFieldStaticPerimetryTestMeasurementsModule = (
    "table_C.8.26.4-1",
    (
        (
            "MeasurementLaterality",
            Attribute(
                0x00240113,
                "CS",
                "1",
                "1",
                name="Measurement Laterality",
                enumerated=((0, ("R", "L", "B")),),
            ),
            None,
        ),
        (
            "PresentedVisualStimuliDataFlag",
            Attribute(
                0x00240037,
                "CS",
                "1",
                "1",
                name="Presented Visual Stimuli Data Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "NumberOfVisualStimuli",
            Attribute(
                0x00240038,
                "US",
                "1",
                "1C",
                name="Number of Visual Stimuli",
                when=("value", 0x00240037, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "VisualFieldTestDuration",
            Attribute(0x00240088, "FL", "1", "1", name="Visual Field Test Duration"),
            None,
        ),
        (
            "FovealSensitivityMeasured",
            Attribute(
                0x00240086,
                "CS",
                "1",
                "1",
                name="Foveal Sensitivity Measured",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "FovealSensitivity",
            Attribute(
                0x00240087,
                "FL",
                "1",
                "1C",
                name="Foveal Sensitivity",
                when=("value", 0x00240086, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "FovealPointNormativeDataFlag",
            Attribute(
                0x00240117,
                "CS",
                "1",
                "1",
                name="Foveal Point Normative Data Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "FovealPointProbabilityValue",
            Attribute(
                0x00240118,
                "FL",
                "1",
                "1C",
                name="Foveal Point Probability Value",
                when=(
                    "and",
                    ("value", 0x00240086, 0, "in", ("YES",)),
                    ("value", 0x00240117, 0, "in", ("YES",)),
                ),
            ),
            None,
        ),
        (
            "ScreeningBaselineMeasured",
            Attribute(
                0x00240120,
                "CS",
                "1",
                "1",
                name="Screening Baseline Measured",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ScreeningBaselineMeasuredSequence",
            Attribute(
                0x00240122,
                "SQ",
                "1",
                "1C",
                name="Screening Baseline Measured Sequence",
                when=("value", 0x00240120, 0, "in", ("YES",)),
            ),
            Lazy(
                "dicomodel.items.screening_baseline_measured_sequence_item",
                "ScreeningBaselineMeasuredSequenceItem",
            ),
        ),
        (
            "BlindSpotLocalized",
            Attribute(
                0x00240106,
                "CS",
                "1",
                "1",
                name="Blind Spot Localized",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "BlindSpotXCoordinate",
            Attribute(
                0x00240107,
                "FL",
                "1",
                "1C",
                name="Blind Spot X-Coordinate",
                when=("value", 0x00240106, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "BlindSpotYCoordinate",
            Attribute(
                0x00240108,
                "FL",
                "1",
                "1C",
                name="Blind Spot Y-Coordinate",
                when=("value", 0x00240106, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "MinimumSensitivityValue",
            Attribute(0x00240105, "FL", "1", "1", name="Minimum Sensitivity Value"),
            None,
        ),
        (
            "TestPointNormalsDataFlag",
            Attribute(
                0x00240057,
                "CS",
                "1",
                "1",
                name="Test Point Normals Data Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "TestPointNormalsSequence",
            Attribute(
                0x00240058,
                "SQ",
                "1",
                "1C",
                name="Test Point Normals Sequence",
                when=("value", 0x00240057, 0, "in", ("YES",)),
            ),
            Lazy(
                "dicomodel.items.externally_sourced_data_set_identification_item",
                "ExternallySourcedDataSetIdentificationItem",
            ),
        ),
        (
            "AgeCorrectedSensitivityDeviationAlgorithmSequence",
            Attribute(
                0x00240065,
                "SQ",
                "1",
                "1C",
                name="Age Corrected Sensitivity Deviation Algorithm Sequence",
                when=("value", 0x00240057, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
        (
            "GeneralizedDefectSensitivityDeviationAlgorithmSequence",
            Attribute(
                0x00240067,
                "SQ",
                "1",
                "1C",
                name="Generalized Defect Sensitivity Deviation Algorithm Sequence",
                when=("value", 0x00240057, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"),
        ),
        (
            "VisualFieldTestPointSequence",
            Attribute(0x00240089, "SQ", "1", "1", name="Visual Field Test Point Sequence"),
            Lazy(
                "dicomodel.items.visual_field_test_point_sequence_item",
                "VisualFieldTestPointSequenceItem",
            ),
        ),
    ),
)
