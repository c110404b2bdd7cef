"""Presence rules of Visual Field Static Perimetry Test Results Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualFieldStaticPerimetryTestResultsModule = (
    "table_C.8.26.5-1",
    (
        (
            "VisualFieldMeanSensitivity",
            Attribute(
                0x00240070,
                "FL",
                "1",
                "1C",
                name="Visual Field Mean Sensitivity",
                when=("code", (0x00400260, 0x00400441), (("261004008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "VisualFieldTestNormalsFlag",
            Attribute(
                0x00240063,
                "CS",
                "1",
                "1",
                name="Visual Field Test Normals Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ResultsNormalsSequence",
            Attribute(
                0x00240064,
                "SQ",
                "1",
                "1C",
                name="Results Normals Sequence",
                when=("value", 0x00240063, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.results_normals_sequence_item", "ResultsNormalsSequenceItem"),
        ),
        (
            "ShortTermFluctuationCalculated",
            Attribute(
                0x00240074,
                "CS",
                "1",
                "1",
                name="Short Term Fluctuation Calculated",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ShortTermFluctuation",
            Attribute(
                0x00240075,
                "FL",
                "1",
                "1C",
                name="Short Term Fluctuation",
                when=("value", 0x00240074, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "ShortTermFluctuationProbabilityCalculated",
            Attribute(
                0x00240076,
                "CS",
                "1",
                "1",
                name="Short Term Fluctuation Probability Calculated",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ShortTermFluctuationProbability",
            Attribute(
                0x00240077,
                "FL",
                "1",
                "1C",
                name="Short Term Fluctuation Probability",
                when=("value", 0x00240076, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "CorrectedLocalizedDeviationFromNormalCalculated",
            Attribute(
                0x00240078,
                "CS",
                "1",
                "1",
                name="Corrected Localized Deviation From Normal Calculated",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "CorrectedLocalizedDeviationFromNormal",
            Attribute(
                0x00240079,
                "FL",
                "1",
                "1C",
                name="Corrected Localized Deviation From Normal",
                when=("value", 0x00240078, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "CorrectedLocalizedDeviationFromNormalProbabilityCalculated",
            Attribute(
                0x00240080,
                "CS",
                "1",
                "1",
                name="Corrected Localized Deviation From Normal Probability Calculated",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "CorrectedLocalizedDeviationFromNormalProbability",
            Attribute(
                0x00240081,
                "FL",
                "1",
                "1C",
                name="Corrected Localized Deviation From Normal Probability",
                when=("value", 0x00240080, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "VisualFieldGlobalResultsIndexSequence",
            Attribute(
                0x00240320, "SQ", "1", "3", name="Visual Field Global Results Index Sequence"
            ),
            Lazy(
                "dicomodel.items.ophthalmic_visual_field_global_index_item",
                "OphthalmicVisualFieldGlobalIndexItem",
            ),
        ),
    ),
)
