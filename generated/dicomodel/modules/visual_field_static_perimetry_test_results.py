"""Visual Field Static Perimetry Test Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.corrected_localized_deviation_from_normal_calculated import (
        CorrectedLocalizedDeviationFromNormalCalculatedValue as _CorrectedLocalizedDeviationFromNormalCalculatedValue,
    )
    from dicomodel.enums.corrected_localized_deviation_from_normal_probability_calculated import (
        CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue as _CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue,
    )
    from dicomodel.enums.short_term_fluctuation_calculated import (
        ShortTermFluctuationCalculatedValue as _ShortTermFluctuationCalculatedValue,
    )
    from dicomodel.enums.short_term_fluctuation_probability_calculated import (
        ShortTermFluctuationProbabilityCalculatedValue as _ShortTermFluctuationProbabilityCalculatedValue,
    )
    from dicomodel.enums.visual_field_test_normals_flag import (
        VisualFieldTestNormalsFlagValue as _VisualFieldTestNormalsFlagValue,
    )
    from dicomodel.items.ophthalmic_visual_field_global_index_item import (
        OphthalmicVisualFieldGlobalIndexItem as _OphthalmicVisualFieldGlobalIndexItem,
    )
    from dicomodel.items.results_normals_sequence_item import (
        ResultsNormalsSequenceItem as _ResultsNormalsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CorrectedLocalizedDeviationFromNormalCalculatedValue = Lazy(
        "dicomodel.enums.corrected_localized_deviation_from_normal_calculated",
        "CorrectedLocalizedDeviationFromNormalCalculatedValue",
    )
    _CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue = Lazy(
        "dicomodel.enums.corrected_localized_deviation_from_normal_probability_calculated",
        "CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue",
    )
    _OphthalmicVisualFieldGlobalIndexItem = Lazy(
        "dicomodel.items.ophthalmic_visual_field_global_index_item",
        "OphthalmicVisualFieldGlobalIndexItem",
    )
    _ResultsNormalsSequenceItem = Lazy(
        "dicomodel.items.results_normals_sequence_item", "ResultsNormalsSequenceItem"
    )
    _ShortTermFluctuationCalculatedValue = Lazy(
        "dicomodel.enums.short_term_fluctuation_calculated", "ShortTermFluctuationCalculatedValue"
    )
    _ShortTermFluctuationProbabilityCalculatedValue = Lazy(
        "dicomodel.enums.short_term_fluctuation_probability_calculated",
        "ShortTermFluctuationProbabilityCalculatedValue",
    )
    _VisualFieldTestNormalsFlagValue = Lazy(
        "dicomodel.enums.visual_field_test_normals_flag", "VisualFieldTestNormalsFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.corrected_localized_deviation_from_normal_calculated import (
        CorrectedLocalizedDeviationFromNormalCalculated as CorrectedLocalizedDeviationFromNormalCalculated,
    )
    from dicomodel.enums.corrected_localized_deviation_from_normal_probability_calculated import (
        CorrectedLocalizedDeviationFromNormalProbabilityCalculated as CorrectedLocalizedDeviationFromNormalProbabilityCalculated,
    )
    from dicomodel.enums.global_deviation_probability_normals_flag import (
        GlobalDeviationProbabilityNormalsFlag as GlobalDeviationProbabilityNormalsFlag,
    )
    from dicomodel.enums.index_normals_flag import IndexNormalsFlag as IndexNormalsFlag
    from dicomodel.enums.local_deviation_probability_normals_flag import (
        LocalDeviationProbabilityNormalsFlag as LocalDeviationProbabilityNormalsFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.short_term_fluctuation_calculated import (
        ShortTermFluctuationCalculated as ShortTermFluctuationCalculated,
    )
    from dicomodel.enums.short_term_fluctuation_probability_calculated import (
        ShortTermFluctuationProbabilityCalculated as ShortTermFluctuationProbabilityCalculated,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.enums.visual_field_test_normals_flag import (
        VisualFieldTestNormalsFlag as VisualFieldTestNormalsFlag,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as DataObservationSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.global_deviation_probability_sequence_item import (
        GlobalDeviationProbabilitySequenceItem as GlobalDeviationProbabilitySequenceItem,
    )
    from dicomodel.items.index_probability_sequence_item import (
        IndexProbabilitySequenceItem as IndexProbabilitySequenceItem,
    )
    from dicomodel.items.localized_deviation_probability_sequence_item import (
        LocalizedDeviationProbabilitySequenceItem as LocalizedDeviationProbabilitySequenceItem,
    )
    from dicomodel.items.ophthalmic_visual_field_global_index_item import (
        OphthalmicVisualFieldGlobalIndexItem as VisualFieldGlobalResultsIndexSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.results_normals_sequence_item import (
        ResultsNormalsSequenceItem as ResultsNormalsSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "CorrectedLocalizedDeviationFromNormalCalculated",
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculated",
    "DataObservationSequenceItem",
    "EquivalentCodeSequenceItem",
    "GlobalDeviationProbabilityNormalsFlag",
    "GlobalDeviationProbabilitySequenceItem",
    "IndexNormalsFlag",
    "IndexProbabilitySequenceItem",
    "LocalDeviationProbabilityNormalsFlag",
    "LocalizedDeviationProbabilitySequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ResultsNormalsSequenceItem",
    "ShortTermFluctuationCalculated",
    "ShortTermFluctuationProbabilityCalculated",
    "ValueType",
    "VisualFieldGlobalResultsIndexSequenceItem",
    "VisualFieldStaticPerimetryTestResultsModule",
    "VisualFieldTestNormalsFlag",
]


class VisualFieldStaticPerimetryTestResultsModule(DicomModel):
    """Visual Field Static Perimetry Test Results Module Attributes (PS3.3 Table C.8.26.5-1)."""

    dicom_name: ClassVar[str] = "Visual Field Static Perimetry Test Results"
    dicom_table: ClassVar[str] = "table_C.8.26.5-1"

    VisualFieldMeanSensitivity: Annotated[
        vr.FL | None,
        Attribute(
            0x00240070,
            "FL",
            "1",
            "1C",
            name="Visual Field Mean Sensitivity",
            when=("code", (0x00400260, 0x00400441), (("261004008", "SCT"),)),
            otherwise="may",
        ),
    ] = None
    """Visual Field Mean Sensitivity (0024,0070): Type 1C, VR FL, VM 1. Required if Content Item Modifier Sequence (0040,0441) within the Performed Protocol Code Sequence (0040,0260) contains an Item with the value (261004008, SCT, \"Diagnostic\"). May be present otherwise. Average sensitivity of the test points of the visual field, in dB. Required if Content Item Modifier Sequence (0040,0441) within the Performed Protocol Code Sequence (0040,0260) contains an Item with the value (261004008, SCT, \"Diagnostic\")..."""

    VisualFieldTestNormalsFlag: Annotated[
        _VisualFieldTestNormalsFlagValue,
        Attribute(
            0x00240063,
            "CS",
            "1",
            "1",
            name="Visual Field Test Normals Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Visual Field Test Normals Flag (0024,0063): Type 1, VR CS, VM 1. Whether normals exist for this patient's results. Enumerated Values: YES NO"""

    ResultsNormalsSequence: Annotated[
        list[_ResultsNormalsSequenceItem] | None,
        Attribute(
            0x00240064,
            "SQ",
            "1",
            "1C",
            name="Results Normals Sequence",
            when=("value", 0x00240063, 0, "in", ("YES",)),
        ),
    ] = None
    """Results Normals Sequence (0024,0064): Type 1C, VR SQ, VM 1. Required if Visual Field Test Normals Flag (0024,0063) is YES. Information that represents the statistically normal results for patients from a referenced data base. Only a single Item shall be included in this Sequence. Required if Visual Field Test Normals Flag (0024,0063) is YES."""

    ShortTermFluctuationCalculated: Annotated[
        _ShortTermFluctuationCalculatedValue,
        Attribute(
            0x00240074,
            "CS",
            "1",
            "1",
            name="Short Term Fluctuation Calculated",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Short Term Fluctuation Calculated (0024,0074): Type 1, VR CS, VM 1. Whether the short term fluctuation was calculated. Enumerated Values: YES NO"""

    ShortTermFluctuation: Annotated[
        vr.FL | None,
        Attribute(
            0x00240075,
            "FL",
            "1",
            "1C",
            name="Short Term Fluctuation",
            when=("value", 0x00240074, 0, "in", ("YES",)),
        ),
    ] = None
    """Short Term Fluctuation (0024,0075): Type 1C, VR FL, VM 1. Required if Short Term Fluctuation Calculated (0024,0074) is YES. Average deviation of sensitivity for the repeated test locations, in dB. This is used to determine the consistency of the patient's responses. Required if Short Term Fluctuation Calculated (0024,0074) is YES."""

    ShortTermFluctuationProbabilityCalculated: Annotated[
        _ShortTermFluctuationProbabilityCalculatedValue,
        Attribute(
            0x00240076,
            "CS",
            "1",
            "1",
            name="Short Term Fluctuation Probability Calculated",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Short Term Fluctuation Probability Calculated (0024,0076): Type 1, VR CS, VM 1. Whether the short term fluctuation probability was calculated. Enumerated Values: YES NO"""

    ShortTermFluctuationProbability: Annotated[
        vr.FL | None,
        Attribute(
            0x00240077,
            "FL",
            "1",
            "1C",
            name="Short Term Fluctuation Probability",
            when=("value", 0x00240076, 0, "in", ("YES",)),
        ),
    ] = None
    """Short Term Fluctuation Probability (0024,0077): Type 1C, VR FL, VM 1. Required if Short Term Fluctuation Probability Calculated (0024,0076) is YES. The percentile of the Short Term Fluctuation (0024,0075) value within the normal population, in percent. Required if Short Term Fluctuation Probability Calculated (0024,0076) is YES."""

    CorrectedLocalizedDeviationFromNormalCalculated: Annotated[
        _CorrectedLocalizedDeviationFromNormalCalculatedValue,
        Attribute(
            0x00240078,
            "CS",
            "1",
            "1",
            name="Corrected Localized Deviation From Normal Calculated",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Corrected Localized Deviation From Normal Calculated (0024,0078): Type 1, VR CS, VM 1. Whether the corrected localized deviation from normal was calculated. Enumerated Values: YES NO"""

    CorrectedLocalizedDeviationFromNormal: Annotated[
        vr.FL | None,
        Attribute(
            0x00240079,
            "FL",
            "1",
            "1C",
            name="Corrected Localized Deviation From Normal",
            when=("value", 0x00240078, 0, "in", ("YES",)),
        ),
    ] = None
    """Corrected Localized Deviation From Normal (0024,0079): Type 1C, VR FL, VM 1. Required if Corrected Localized Deviation From Normal Calculated (0024,0078) is YES. Weighted square root of loss variance corrected for short term fluctuation, in dB. Required if Corrected Localized Deviation From Normal Calculated (0024,0078) is YES."""

    CorrectedLocalizedDeviationFromNormalProbabilityCalculated: Annotated[
        _CorrectedLocalizedDeviationFromNormalProbabilityCalculatedValue,
        Attribute(
            0x00240080,
            "CS",
            "1",
            "1",
            name="Corrected Localized Deviation From Normal Probability Calculated",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Corrected Localized Deviation From Normal Probability Calculated (0024,0080): Type 1, VR CS, VM 1. Whether the corrected localized deviation from Normal probability was calculated. Enumerated Values: YES NO"""

    CorrectedLocalizedDeviationFromNormalProbability: Annotated[
        vr.FL | None,
        Attribute(
            0x00240081,
            "FL",
            "1",
            "1C",
            name="Corrected Localized Deviation From Normal Probability",
            when=("value", 0x00240080, 0, "in", ("YES",)),
        ),
    ] = None
    """Corrected Localized Deviation From Normal Probability (0024,0081): Type 1C, VR FL, VM 1. Required if Corrected Localized Deviation From Normal Probability Calculated (0024,0080) is YES. The percentile of the Corrected Localized Deviation From Normal (0024,0079) value within the normal population, in percent. Required if Corrected Localized Deviation From Normal Probability Calculated (0024,0080) is YES."""

    VisualFieldGlobalResultsIndexSequence: Annotated[
        list[_OphthalmicVisualFieldGlobalIndexItem] | None,
        Attribute(0x00240320, "SQ", "1", "3", name="Visual Field Global Results Index Sequence"),
    ] = None
    """Visual Field Global Results Index Sequence (0024,0320): Type 3, VR SQ, VM 1. Information about various visual field indexes related to test results. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "CorrectedLocalizedDeviationFromNormalCalculated": (
        "dicomodel.enums.corrected_localized_deviation_from_normal_calculated",
        "CorrectedLocalizedDeviationFromNormalCalculated",
    ),
    "CorrectedLocalizedDeviationFromNormalProbabilityCalculated": (
        "dicomodel.enums.corrected_localized_deviation_from_normal_probability_calculated",
        "CorrectedLocalizedDeviationFromNormalProbabilityCalculated",
    ),
    "DataObservationSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GlobalDeviationProbabilityNormalsFlag": (
        "dicomodel.enums.global_deviation_probability_normals_flag",
        "GlobalDeviationProbabilityNormalsFlag",
    ),
    "GlobalDeviationProbabilitySequenceItem": (
        "dicomodel.items.global_deviation_probability_sequence_item",
        "GlobalDeviationProbabilitySequenceItem",
    ),
    "IndexNormalsFlag": ("dicomodel.enums.index_normals_flag", "IndexNormalsFlag"),
    "IndexProbabilitySequenceItem": (
        "dicomodel.items.index_probability_sequence_item",
        "IndexProbabilitySequenceItem",
    ),
    "LocalDeviationProbabilityNormalsFlag": (
        "dicomodel.enums.local_deviation_probability_normals_flag",
        "LocalDeviationProbabilityNormalsFlag",
    ),
    "LocalizedDeviationProbabilitySequenceItem": (
        "dicomodel.items.localized_deviation_probability_sequence_item",
        "LocalizedDeviationProbabilitySequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ResultsNormalsSequenceItem": (
        "dicomodel.items.results_normals_sequence_item",
        "ResultsNormalsSequenceItem",
    ),
    "ShortTermFluctuationCalculated": (
        "dicomodel.enums.short_term_fluctuation_calculated",
        "ShortTermFluctuationCalculated",
    ),
    "ShortTermFluctuationProbabilityCalculated": (
        "dicomodel.enums.short_term_fluctuation_probability_calculated",
        "ShortTermFluctuationProbabilityCalculated",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "VisualFieldGlobalResultsIndexSequenceItem": (
        "dicomodel.items.ophthalmic_visual_field_global_index_item",
        "OphthalmicVisualFieldGlobalIndexItem",
    ),
    "VisualFieldTestNormalsFlag": (
        "dicomodel.enums.visual_field_test_normals_flag",
        "VisualFieldTestNormalsFlag",
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
