"""Visual Field Static Perimetry Test Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.blind_spot_localized import (
        BlindSpotLocalizedValue as _BlindSpotLocalizedValue,
    )
    from dicomodel.enums.foveal_point_normative_data_flag import (
        FovealPointNormativeDataFlagValue as _FovealPointNormativeDataFlagValue,
    )
    from dicomodel.enums.foveal_sensitivity_measured import (
        FovealSensitivityMeasuredValue as _FovealSensitivityMeasuredValue,
    )
    from dicomodel.enums.measurement_laterality import (
        MeasurementLateralityValue as _MeasurementLateralityValue,
    )
    from dicomodel.enums.presented_visual_stimuli_data_flag import (
        PresentedVisualStimuliDataFlagValue as _PresentedVisualStimuliDataFlagValue,
    )
    from dicomodel.enums.screening_baseline_measured import (
        ScreeningBaselineMeasuredValue as _ScreeningBaselineMeasuredValue,
    )
    from dicomodel.enums.test_point_normals_data_flag import (
        TestPointNormalsDataFlagValue as _TestPointNormalsDataFlagValue,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as _ExternallySourcedDataSetIdentificationItem,
    )
    from dicomodel.items.screening_baseline_measured_sequence_item import (
        ScreeningBaselineMeasuredSequenceItem as _ScreeningBaselineMeasuredSequenceItem,
    )
    from dicomodel.items.visual_field_test_point_sequence_item import (
        VisualFieldTestPointSequenceItem as _VisualFieldTestPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _BlindSpotLocalizedValue = Lazy(
        "dicomodel.enums.blind_spot_localized", "BlindSpotLocalizedValue"
    )
    _ExternallySourcedDataSetIdentificationItem = Lazy(
        "dicomodel.items.externally_sourced_data_set_identification_item",
        "ExternallySourcedDataSetIdentificationItem",
    )
    _FovealPointNormativeDataFlagValue = Lazy(
        "dicomodel.enums.foveal_point_normative_data_flag", "FovealPointNormativeDataFlagValue"
    )
    _FovealSensitivityMeasuredValue = Lazy(
        "dicomodel.enums.foveal_sensitivity_measured", "FovealSensitivityMeasuredValue"
    )
    _MeasurementLateralityValue = Lazy(
        "dicomodel.enums.measurement_laterality", "MeasurementLateralityValue"
    )
    _PresentedVisualStimuliDataFlagValue = Lazy(
        "dicomodel.enums.presented_visual_stimuli_data_flag", "PresentedVisualStimuliDataFlagValue"
    )
    _ScreeningBaselineMeasuredSequenceItem = Lazy(
        "dicomodel.items.screening_baseline_measured_sequence_item",
        "ScreeningBaselineMeasuredSequenceItem",
    )
    _ScreeningBaselineMeasuredValue = Lazy(
        "dicomodel.enums.screening_baseline_measured", "ScreeningBaselineMeasuredValue"
    )
    _TestPointNormalsDataFlagValue = Lazy(
        "dicomodel.enums.test_point_normals_data_flag", "TestPointNormalsDataFlagValue"
    )
    _VisualFieldTestPointSequenceItem = Lazy(
        "dicomodel.items.visual_field_test_point_sequence_item", "VisualFieldTestPointSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.blind_spot_localized import BlindSpotLocalized as BlindSpotLocalized
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.foveal_point_normative_data_flag import (
        FovealPointNormativeDataFlag as FovealPointNormativeDataFlag,
    )
    from dicomodel.enums.foveal_sensitivity_measured import (
        FovealSensitivityMeasured as FovealSensitivityMeasured,
    )
    from dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag import (
        GeneralizedDefectCorrectedSensitivityDeviationFlag as GeneralizedDefectCorrectedSensitivityDeviationFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.measurement_laterality import (
        MeasurementLaterality as MeasurementLaterality,
    )
    from dicomodel.enums.presented_visual_stimuli_data_flag import (
        PresentedVisualStimuliDataFlag as PresentedVisualStimuliDataFlag,
    )
    from dicomodel.enums.retest_stimulus_seen import RetestStimulusSeen as RetestStimulusSeen
    from dicomodel.enums.screening_baseline_measured import (
        ScreeningBaselineMeasured as ScreeningBaselineMeasured,
    )
    from dicomodel.enums.screening_baseline_type import (
        ScreeningBaselineType as ScreeningBaselineType,
    )
    from dicomodel.enums.stimulus_results import StimulusResults as StimulusResults
    from dicomodel.enums.test_point_normals_data_flag import (
        TestPointNormalsDataFlag as TestPointNormalsDataFlag,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AgeCorrectedSensitivityDeviationAlgorithmSequenceItem,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as GeneralizedDefectSensitivityDeviationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as TestPointNormalsSequenceItem,
    )
    from dicomodel.items.screening_baseline_measured_sequence_item import (
        ScreeningBaselineMeasuredSequenceItem as ScreeningBaselineMeasuredSequenceItem,
    )
    from dicomodel.items.visual_field_test_point_normals_sequence_item import (
        VisualFieldTestPointNormalsSequenceItem as VisualFieldTestPointNormalsSequenceItem,
    )
    from dicomodel.items.visual_field_test_point_sequence_item import (
        VisualFieldTestPointSequenceItem as VisualFieldTestPointSequenceItem,
    )

__all__ = [
    "AgeCorrectedSensitivityDeviationAlgorithmSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BlindSpotLocalized",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FovealPointNormativeDataFlag",
    "FovealSensitivityMeasured",
    "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    "GeneralizedDefectSensitivityDeviationAlgorithmSequenceItem",
    "MappingResourceTerm",
    "MeasurementLaterality",
    "PresentedVisualStimuliDataFlag",
    "RetestStimulusSeen",
    "ScreeningBaselineMeasured",
    "ScreeningBaselineMeasuredSequenceItem",
    "ScreeningBaselineType",
    "StimulusResults",
    "TestPointNormalsDataFlag",
    "TestPointNormalsSequenceItem",
    "VisualFieldStaticPerimetryTestMeasurementsModule",
    "VisualFieldTestPointNormalsSequenceItem",
    "VisualFieldTestPointSequenceItem",
]


class VisualFieldStaticPerimetryTestMeasurementsModule(DicomModel):
    """Visual Field Static Perimetry Test Measurements Module Attributes (PS3.3 Table C.8.26.4-1)."""

    dicom_name: ClassVar[str] = "Visual Field Static Perimetry Test Measurements"
    dicom_table: ClassVar[str] = "table_C.8.26.4-1"

    MeasurementLaterality: Annotated[
        _MeasurementLateralityValue,
        Attribute(
            0x00240113,
            "CS",
            "1",
            "1",
            name="Measurement Laterality",
            enumerated=((0, ("R", "L", "B")),),
        ),
    ]
    """Measurement Laterality (0024,0113): Type 1, VR CS, VM 1. Laterality of body part (eye) examined. See Section C.8.26.4.1.1 for further explanation. Enumerated Values: R right L left B both left and right together This Attribute is mandatory, in order to ensure that measurements may be positioned c..."""

    PresentedVisualStimuliDataFlag: Annotated[
        _PresentedVisualStimuliDataFlagValue,
        Attribute(
            0x00240037,
            "CS",
            "1",
            "1",
            name="Presented Visual Stimuli Data Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Presented Visual Stimuli Data Flag (0024,0037): Type 1, VR CS, VM 1. Whether the device was able to determine presented visual stimuli. Enumerated Values: YES NO"""

    NumberOfVisualStimuli: Annotated[
        vr.US | None,
        Attribute(
            0x00240038,
            "US",
            "1",
            "1C",
            name="Number of Visual Stimuli",
            when=("value", 0x00240037, 0, "in", ("YES",)),
        ),
    ] = None
    """Number of Visual Stimuli (0024,0038): Type 1C, VR US, VM 1. Required if Presented Visual Stimuli Data Flag (0024,0037) is YES. The total number of visual stimuli presented to the patient. This includes the number of stimuli repetitions. Required if Presented Visual Stimuli Data Flag (0024,0037) is YES."""

    VisualFieldTestDuration: Annotated[
        vr.FL, Attribute(0x00240088, "FL", "1", "1", name="Visual Field Test Duration")
    ]
    """Visual Field Test Duration (0024,0088): Type 1, VR FL, VM 1. Total time the visual field machine was actively presenting visual stimuli to patient, in seconds."""

    FovealSensitivityMeasured: Annotated[
        _FovealSensitivityMeasuredValue,
        Attribute(
            0x00240086,
            "CS",
            "1",
            "1",
            name="Foveal Sensitivity Measured",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Foveal Sensitivity Measured (0024,0086): Type 1, VR CS, VM 1. Whether foveal sensitivity was measured. Enumerated Values: YES NO"""

    FovealSensitivity: Annotated[
        vr.FL | None,
        Attribute(
            0x00240087,
            "FL",
            "1",
            "1C",
            name="Foveal Sensitivity",
            when=("value", 0x00240086, 0, "in", ("YES",)),
        ),
    ] = None
    """Foveal Sensitivity (0024,0087): Type 1C, VR FL, VM 1. Required if the value for Foveal Sensitivity Measured (0024,0086) is YES. Foveal Sensitivity is the reciprocal of foveal threshold (1/foveal threshold), in dB. Foveal Threshold is the minimum amount of luminance increment on a uniform background that can be detected by the patient at coordinates 0,0 (relative to..."""

    FovealPointNormativeDataFlag: Annotated[
        _FovealPointNormativeDataFlagValue,
        Attribute(
            0x00240117,
            "CS",
            "1",
            "1",
            name="Foveal Point Normative Data Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Foveal Point Normative Data Flag (0024,0117): Type 1, VR CS, VM 1. Existence of normative data base for the foveal point sensitivity. Enumerated Values: YES NO"""

    FovealPointProbabilityValue: Annotated[
        vr.FL | None,
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
    ] = None
    """Foveal Point Probability Value (0024,0118): Type 1C, VR FL, VM 1. Required if the value for Foveal Sensitivity Measured (0024,0086) is YES and Foveal Point Normative Data Flag (0024,0117) is YES. The percentile of the foveal point sensitivity within an age corrected normal visual field, in percent. Required if the value for Foveal Sensitivity Measured (0024,0086) is YES and Foveal Point Normative Data Flag (0024,0117) is YES."""

    ScreeningBaselineMeasured: Annotated[
        _ScreeningBaselineMeasuredValue,
        Attribute(
            0x00240120,
            "CS",
            "1",
            "1",
            name="Screening Baseline Measured",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Screening Baseline Measured (0024,0120): Type 1, VR CS, VM 1. Whether visual field screening baseline was measured. Enumerated Values: YES NO"""

    ScreeningBaselineMeasuredSequence: Annotated[
        list[_ScreeningBaselineMeasuredSequenceItem] | None,
        Attribute(
            0x00240122,
            "SQ",
            "1",
            "1C",
            name="Screening Baseline Measured Sequence",
            when=("value", 0x00240120, 0, "in", ("YES",)),
        ),
    ] = None
    """Screening Baseline Measured Sequence (0024,0122): Type 1C, VR SQ, VM 1. Required if the value for Screening Baseline Measured (0024,0120) is YES. Information about the starting luminance screening values. One or more Items shall be included in this Sequence. Required if the value for Screening Baseline Measured (0024,0120) is YES."""

    BlindSpotLocalized: Annotated[
        _BlindSpotLocalizedValue,
        Attribute(
            0x00240106,
            "CS",
            "1",
            "1",
            name="Blind Spot Localized",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Blind Spot Localized (0024,0106): Type 1, VR CS, VM 1. Whether the blind spot was measured. Enumerated Values: YES NO"""

    BlindSpotXCoordinate: Annotated[
        vr.FL | None,
        Attribute(
            0x00240107,
            "FL",
            "1",
            "1C",
            name="Blind Spot X-Coordinate",
            when=("value", 0x00240106, 0, "in", ("YES",)),
        ),
    ] = None
    """Blind Spot X-Coordinate (0024,0107): Type 1C, VR FL, VM 1. Required if the value for Blind Spot Localized (0024,0106) is YES. The horizontal coordinate of the patient's blind spot relative to the center of the patient's fixation, in degrees, such that toward the right is positive. Required if the value for Blind Spot Localized (0024,0106) is YES."""

    BlindSpotYCoordinate: Annotated[
        vr.FL | None,
        Attribute(
            0x00240108,
            "FL",
            "1",
            "1C",
            name="Blind Spot Y-Coordinate",
            when=("value", 0x00240106, 0, "in", ("YES",)),
        ),
    ] = None
    """Blind Spot Y-Coordinate (0024,0108): Type 1C, VR FL, VM 1. Required if the value for Blind Spot Localized (0024,0106) is YES. The vertical coordinate of the patient's blind spot relative to the center of the patient fixation, in degrees, such that up is positive. Required if the value for Blind Spot Localized (0024,0106) is YES."""

    MinimumSensitivityValue: Annotated[
        vr.FL, Attribute(0x00240105, "FL", "1", "1", name="Minimum Sensitivity Value")
    ]
    """Minimum Sensitivity Value (0024,0105): Type 1, VR FL, VM 1. The minimum sensitivity value generated by the equipment used for this visual field test, in dB."""

    TestPointNormalsDataFlag: Annotated[
        _TestPointNormalsDataFlagValue,
        Attribute(
            0x00240057,
            "CS",
            "1",
            "1",
            name="Test Point Normals Data Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Test Point Normals Data Flag (0024,0057): Type 1, VR CS, VM 1. Existence of normative data base for at least one of the test points in this set of test points. Enumerated Values: YES NO"""

    TestPointNormalsSequence: Annotated[
        list[_ExternallySourcedDataSetIdentificationItem] | None,
        Attribute(
            0x00240058,
            "SQ",
            "1",
            "1C",
            name="Test Point Normals Sequence",
            when=("value", 0x00240057, 0, "in", ("YES",)),
        ),
    ] = None
    """Test Point Normals Sequence (0024,0058): Type 1C, VR SQ, VM 1. Required if Test Point Normals Data Flag (0024,0057) is YES. Normative data base used for this test sequence. Only a single Item shall be included in this Sequence. Required if Test Point Normals Data Flag (0024,0057) is YES."""

    AgeCorrectedSensitivityDeviationAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(
            0x00240065,
            "SQ",
            "1",
            "1C",
            name="Age Corrected Sensitivity Deviation Algorithm Sequence",
            when=("value", 0x00240057, 0, "in", ("YES",)),
        ),
    ] = None
    """Age Corrected Sensitivity Deviation Algorithm Sequence (0024,0065): Type 1C, VR SQ, VM 1. Required if Test Point Normals Data Flag (0024,0057) is YES. Software algorithm used to provide the probability that the age corrected sensitivity deviation values at each test point belong to a normal visual field. Only a single Item shall be included in this Sequence."""

    GeneralizedDefectSensitivityDeviationAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(
            0x00240067,
            "SQ",
            "1",
            "1C",
            name="Generalized Defect Sensitivity Deviation Algorithm Sequence",
            when=("value", 0x00240057, 0, "in", ("YES",)),
        ),
    ] = None
    """Generalized Defect Sensitivity Deviation Algorithm Sequence (0024,0067): Type 1C, VR SQ, VM 1. Required if Test Point Normals Data Flag (0024,0057) is YES. Software algorithm used to provide the probability that the sensitivity deviation values at each test point belong to a normal visual field. Only a single Item shall be included in this Sequence."""

    VisualFieldTestPointSequence: Annotated[
        list[_VisualFieldTestPointSequenceItem],
        Attribute(0x00240089, "SQ", "1", "1", name="Visual Field Test Point Sequence"),
    ]
    """Visual Field Test Point Sequence (0024,0089): Type 1, VR SQ, VM 1. Information for each test point in the visual field. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AgeCorrectedSensitivityDeviationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BlindSpotLocalized": ("dicomodel.enums.blind_spot_localized", "BlindSpotLocalized"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FovealPointNormativeDataFlag": (
        "dicomodel.enums.foveal_point_normative_data_flag",
        "FovealPointNormativeDataFlag",
    ),
    "FovealSensitivityMeasured": (
        "dicomodel.enums.foveal_sensitivity_measured",
        "FovealSensitivityMeasured",
    ),
    "GeneralizedDefectCorrectedSensitivityDeviationFlag": (
        "dicomodel.enums.generalized_defect_corrected_sensitivity_deviation_flag",
        "GeneralizedDefectCorrectedSensitivityDeviationFlag",
    ),
    "GeneralizedDefectSensitivityDeviationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementLaterality": ("dicomodel.enums.measurement_laterality", "MeasurementLaterality"),
    "PresentedVisualStimuliDataFlag": (
        "dicomodel.enums.presented_visual_stimuli_data_flag",
        "PresentedVisualStimuliDataFlag",
    ),
    "RetestStimulusSeen": ("dicomodel.enums.retest_stimulus_seen", "RetestStimulusSeen"),
    "ScreeningBaselineMeasured": (
        "dicomodel.enums.screening_baseline_measured",
        "ScreeningBaselineMeasured",
    ),
    "ScreeningBaselineMeasuredSequenceItem": (
        "dicomodel.items.screening_baseline_measured_sequence_item",
        "ScreeningBaselineMeasuredSequenceItem",
    ),
    "ScreeningBaselineType": ("dicomodel.enums.screening_baseline_type", "ScreeningBaselineType"),
    "StimulusResults": ("dicomodel.enums.stimulus_results", "StimulusResults"),
    "TestPointNormalsDataFlag": (
        "dicomodel.enums.test_point_normals_data_flag",
        "TestPointNormalsDataFlag",
    ),
    "TestPointNormalsSequenceItem": (
        "dicomodel.items.externally_sourced_data_set_identification_item",
        "ExternallySourcedDataSetIdentificationItem",
    ),
    "VisualFieldTestPointNormalsSequenceItem": (
        "dicomodel.items.visual_field_test_point_normals_sequence_item",
        "VisualFieldTestPointNormalsSequenceItem",
    ),
    "VisualFieldTestPointSequenceItem": (
        "dicomodel.items.visual_field_test_point_sequence_item",
        "VisualFieldTestPointSequenceItem",
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
