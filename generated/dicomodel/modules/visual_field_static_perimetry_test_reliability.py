"""Visual Field Static Perimetry Test Reliability Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.fixation_sequence_item import FixationSequenceItem as _FixationSequenceItem
    from dicomodel.items.ophthalmic_visual_field_global_index_item import (
        OphthalmicVisualFieldGlobalIndexItem as _OphthalmicVisualFieldGlobalIndexItem,
    )
    from dicomodel.items.visual_field_catch_trial_sequence_item import (
        VisualFieldCatchTrialSequenceItem as _VisualFieldCatchTrialSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FixationSequenceItem = Lazy("dicomodel.items.fixation_sequence_item", "FixationSequenceItem")
    _OphthalmicVisualFieldGlobalIndexItem = Lazy(
        "dicomodel.items.ophthalmic_visual_field_global_index_item",
        "OphthalmicVisualFieldGlobalIndexItem",
    )
    _VisualFieldCatchTrialSequenceItem = Lazy(
        "dicomodel.items.visual_field_catch_trial_sequence_item",
        "VisualFieldCatchTrialSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.catch_trials_data_flag import CatchTrialsDataFlag as CatchTrialsDataFlag
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.excessive_false_negatives import (
        ExcessiveFalseNegatives as ExcessiveFalseNegatives,
    )
    from dicomodel.enums.excessive_false_negatives_data_flag import (
        ExcessiveFalseNegativesDataFlag as ExcessiveFalseNegativesDataFlag,
    )
    from dicomodel.enums.excessive_false_positives import (
        ExcessiveFalsePositives as ExcessiveFalsePositives,
    )
    from dicomodel.enums.excessive_false_positives_data_flag import (
        ExcessiveFalsePositivesDataFlag as ExcessiveFalsePositivesDataFlag,
    )
    from dicomodel.enums.excessive_fixation_losses import (
        ExcessiveFixationLosses as ExcessiveFixationLosses,
    )
    from dicomodel.enums.excessive_fixation_losses_data_flag import (
        ExcessiveFixationLossesDataFlag as ExcessiveFixationLossesDataFlag,
    )
    from dicomodel.enums.false_negatives_estimate_flag import (
        FalseNegativesEstimateFlag as FalseNegativesEstimateFlag,
    )
    from dicomodel.enums.false_positives_estimate_flag import (
        FalsePositivesEstimateFlag as FalsePositivesEstimateFlag,
    )
    from dicomodel.enums.index_normals_flag import IndexNormalsFlag as IndexNormalsFlag
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FixationMonitoringCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as DataObservationSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.fixation_sequence_item import FixationSequenceItem as FixationSequenceItem
    from dicomodel.items.index_probability_sequence_item import (
        IndexProbabilitySequenceItem as IndexProbabilitySequenceItem,
    )
    from dicomodel.items.ophthalmic_visual_field_global_index_item import (
        OphthalmicVisualFieldGlobalIndexItem as VisualFieldTestReliabilityGlobalIndexSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.visual_field_catch_trial_sequence_item import (
        VisualFieldCatchTrialSequenceItem as VisualFieldCatchTrialSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "CatchTrialsDataFlag",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DataObservationSequenceItem",
    "EquivalentCodeSequenceItem",
    "ExcessiveFalseNegatives",
    "ExcessiveFalseNegativesDataFlag",
    "ExcessiveFalsePositives",
    "ExcessiveFalsePositivesDataFlag",
    "ExcessiveFixationLosses",
    "ExcessiveFixationLossesDataFlag",
    "FalseNegativesEstimateFlag",
    "FalsePositivesEstimateFlag",
    "FixationMonitoringCodeSequenceItem",
    "FixationSequenceItem",
    "IndexNormalsFlag",
    "IndexProbabilitySequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
    "VisualFieldCatchTrialSequenceItem",
    "VisualFieldStaticPerimetryTestReliabilityModule",
    "VisualFieldTestReliabilityGlobalIndexSequenceItem",
]


class VisualFieldStaticPerimetryTestReliabilityModule(DicomModel):
    """Visual Field Static Perimetry Test Reliability Module Attributes (PS3.3 Table C.8.26.3-1)."""

    dicom_name: ClassVar[str] = "Visual Field Static Perimetry Test Reliability"
    dicom_table: ClassVar[str] = "table_C.8.26.3-1"

    FixationSequence: Annotated[
        list[_FixationSequenceItem], Attribute(0x00240032, "SQ", "1", "1", name="Fixation Sequence")
    ]
    """Fixation Sequence (0024,0032): Type 1, VR SQ, VM 1. The patient's gaze stability information during the visual field test. Only a single Item shall be included in this Sequence."""

    VisualFieldCatchTrialSequence: Annotated[
        list[_VisualFieldCatchTrialSequenceItem],
        Attribute(0x00240034, "SQ", "1", "1", name="Visual Field Catch Trial Sequence"),
    ]
    """Visual Field Catch Trial Sequence (0024,0034): Type 1, VR SQ, VM 1. The reliability of the patient's responses to the visual field test. Only a single Item shall be included in this Sequence."""

    StimuliRetestingQuantity: Annotated[
        vr.US | None, Attribute(0x00240042, "US", "1", "3", name="Stimuli Retesting Quantity")
    ] = None
    """Stimuli Retesting Quantity (0024,0042): Type 3, VR US, VM 1. Total number of times in the course of a visual field exam that any location had to be retested at the same magnitude. An example is that the patient received 20 stimuli and blinked twice, therefore need to present the stimuli two additiona..."""

    PatientReliabilityIndicator: Annotated[
        vr.LO | None, Attribute(0x00240069, "LO", "1", "3", name="Patient Reliability Indicator")
    ] = None
    """Patient Reliability Indicator (0024,0069): Type 3, VR LO, VM 1. Vendor implementation specific text to provide an analysis and/or summary of patient reliability indicator/indices."""

    CommentsOnPatientPerformanceOfVisualField: Annotated[
        vr.LT | None,
        Attribute(
            0x00240044, "LT", "1", "3", name="Comments on Patient's Performance of Visual Field"
        ),
    ] = None
    """Comments on Patient's Performance of Visual Field (0024,0044): Type 3, VR LT, VM 1. Operator's (test administrator) subjective comment on patient's performance."""

    VisualFieldTestReliabilityGlobalIndexSequence: Annotated[
        list[_OphthalmicVisualFieldGlobalIndexItem] | None,
        Attribute(
            0x00240317, "SQ", "1", "3", name="Visual Field Test Reliability Global Index Sequence"
        ),
    ] = None
    """Visual Field Test Reliability Global Index Sequence (0024,0317): Type 3, VR SQ, VM 1. Information about various visual field indices related to test reliability. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CatchTrialsDataFlag": ("dicomodel.enums.catch_trials_data_flag", "CatchTrialsDataFlag"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DataObservationSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExcessiveFalseNegatives": (
        "dicomodel.enums.excessive_false_negatives",
        "ExcessiveFalseNegatives",
    ),
    "ExcessiveFalseNegativesDataFlag": (
        "dicomodel.enums.excessive_false_negatives_data_flag",
        "ExcessiveFalseNegativesDataFlag",
    ),
    "ExcessiveFalsePositives": (
        "dicomodel.enums.excessive_false_positives",
        "ExcessiveFalsePositives",
    ),
    "ExcessiveFalsePositivesDataFlag": (
        "dicomodel.enums.excessive_false_positives_data_flag",
        "ExcessiveFalsePositivesDataFlag",
    ),
    "ExcessiveFixationLosses": (
        "dicomodel.enums.excessive_fixation_losses",
        "ExcessiveFixationLosses",
    ),
    "ExcessiveFixationLossesDataFlag": (
        "dicomodel.enums.excessive_fixation_losses_data_flag",
        "ExcessiveFixationLossesDataFlag",
    ),
    "FalseNegativesEstimateFlag": (
        "dicomodel.enums.false_negatives_estimate_flag",
        "FalseNegativesEstimateFlag",
    ),
    "FalsePositivesEstimateFlag": (
        "dicomodel.enums.false_positives_estimate_flag",
        "FalsePositivesEstimateFlag",
    ),
    "FixationMonitoringCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "FixationSequenceItem": ("dicomodel.items.fixation_sequence_item", "FixationSequenceItem"),
    "IndexNormalsFlag": ("dicomodel.enums.index_normals_flag", "IndexNormalsFlag"),
    "IndexProbabilitySequenceItem": (
        "dicomodel.items.index_probability_sequence_item",
        "IndexProbabilitySequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "VisualFieldCatchTrialSequenceItem": (
        "dicomodel.items.visual_field_catch_trial_sequence_item",
        "VisualFieldCatchTrialSequenceItem",
    ),
    "VisualFieldTestReliabilityGlobalIndexSequenceItem": (
        "dicomodel.items.ophthalmic_visual_field_global_index_item",
        "OphthalmicVisualFieldGlobalIndexItem",
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
