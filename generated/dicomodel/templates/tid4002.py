"""TID 4002 Mammography CAD Impression/Recommendation Body.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4019

__all__ = [
    "TEMPLATE",
    "MammographyCADImpressionRecommendationBody",
    "MammographyCADImpressionRecommendationBodyAssessmentCategory",
    "MammographyCADImpressionRecommendationBodyDifferentialDiagnosisImpression",
    "MammographyCADImpressionRecommendationBodyRecommendedFollowUp",
    "MammographyCADImpressionRecommendationBodyCid6142",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4002",
    name="Mammography CAD Impression/Recommendation Body",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "111005", "Assessment Category"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 3, 5, 6, 8, 9 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "8"),
                    ("row_present", "9"),
                ),
            ),
            values=(("cid", "D", "6026"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "111023", "Differential Diagnosis/ Impression"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 3, 5, 6, 8, 9 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "8"),
                    ("row_present", "9"),
                ),
            ),
            values=(("cid", "D", "6002"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            concept=Code("DCM", "111033", "Impression Description"),
            condition="At least one of Rows 1, 3, 5, 6, 8, 9 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "8"),
                    ("row_present", "9"),
                ),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "111053", "Recommended Follow-up"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 3, 5, 6, 8, 9 shall be present.",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "8"),
                    ("row_present", "9"),
                ),
            ),
            values=(("cid", "D", "6028"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "111055", "Recommended Follow-up Interval"),
            condition='At least one of Rows 1, 3, 5, 6, 8, 9 shall be present. May be present only if (111054, DCM, "Recommended Follow-up Date") is not present.',
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "8"),
                    ("row_present", "9"),
                ),
            ),
            forbidden_if=("not", ("not", ("concept_present", (("111054", "DCM"),)))),
            units=(("cid", "D", "6046"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="DATE",
            requirement="MC",
            concept=Code("DCM", "111054", "Recommended Follow-up Date"),
            condition='At least one of Rows 1, 3, 5, 6, 8, 9 shall be present. May be present only if (111055, DCM, "Recommended Follow-up Interval") is not present.',
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "3"),
                    ("row_present", "5"),
                    ("row_present", "6"),
                    ("row_present", "8"),
                    ("row_present", "9"),
                ),
            ),
            forbidden_if=("not", ("not", ("concept_present", (("111055", "DCM"),)))),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "111013", "Certainty of impression"),
            condition='May be present only if (111005, DCM, "Assessment Category"), (111023, DCM, "Differential Diagnosis/Impression") or (111033, DCM, "Impression Description") is present.',
            condition_status="parsed",
            forbidden_if=(
                "not",
                ("concept_present", (("111005", "DCM"), ("111023", "DCM"), ("111033", "DCM"))),
            ),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            include="4019",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "6142"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121401", "Derivation"),
            values=(("cid", "D", "6140"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "112034", "Calculation Description"),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADImpressionRecommendationBody(TemplatePart):
    """TID 4002 Mammography CAD Impression/Recommendation Body."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    assessment_category: list[MammographyCADImpressionRecommendationBodyAssessmentCategory] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (111005, DCM, \"Assessment Category\"), VM 1-n, MC: At least one of Rows 1, 3, 5, 6, 8, 9 shall be present.; values DCID 6026"""

    differential_diagnosis_impression: list[
        MammographyCADImpressionRecommendationBodyDifferentialDiagnosisImpression
    ] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: CODE EV (111023, DCM, \"Differential Diagnosis/ Impression\"), VM 1-n, MC: At least one of Rows 1, 3, 5, 6, 8, 9 shall be present.; values DCID 6002"""

    impression_description: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (111033, DCM, \"Impression Description\"), VM 1, MC: At least one of Rows 1, 3, 5, 6, 8, 9 shall be present."""

    recommended_follow_up: list[MammographyCADImpressionRecommendationBodyRecommendedFollowUp] = (
        field(default_factory=no_items, metadata={"row": "6"})
    )
    """Row 6: CODE EV (111053, DCM, \"Recommended Follow-up\"), VM 1-n, MC: At least one of Rows 1, 3, 5, 6, 8, 9 shall be present.; values DCID 6028"""

    recommended_follow_up_interval: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (111055, DCM, \"Recommended Follow-up Interval\"), VM 1, MC: At least one of Rows 1, 3, 5, 6, 8, 9 shall be present. May be present only if (111054, DCM, \"Recommended Follow-up Date\") is not present.; units DCID 6046"""

    recommended_follow_up_date: str | None = field(default=None, metadata={"row": "9"})
    """Row 9: DATE EV (111054, DCM, \"Recommended Follow-up Date\"), VM 1, MC: At least one of Rows 1, 3, 5, 6, 8, 9 shall be present. May be present only if (111055, DCM, \"Recommended Follow-up Interval\") is not present."""

    certainty_of_impression: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (111013, DCM, \"Certainty of impression\"), VM 1, UC: May be present only if (111005, DCM, \"Assessment Category\"), (111023, DCM, \"Differential Diagnosis/Impression\") or (111033, DCM, \"Impression Description\") is present.; units EV (%, UCUM, \"Percent\")"""

    algorithm_identification: list[tid4019.AlgorithmIdentification] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 4019, VM 1-n, M"""

    cid_6142: list[MammographyCADImpressionRecommendationBodyCid6142] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: NUM DCID 6142, VM 1-n, U"""


@dataclass(kw_only=True)
class MammographyCADImpressionRecommendationBodyAssessmentCategory(TemplatePart):
    """Row 1 of TID 4002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6026Code
    """The value of row 1 (CODE)."""

    laterality: groups.Cid6022Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 6022"""


@dataclass(kw_only=True)
class MammographyCADImpressionRecommendationBodyDifferentialDiagnosisImpression(TemplatePart):
    """Row 3 of TID 4002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid6002Code
    """The value of row 3 (CODE)."""

    laterality: groups.Cid6022Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 6022"""


@dataclass(kw_only=True)
class MammographyCADImpressionRecommendationBodyRecommendedFollowUp(TemplatePart):
    """Row 6 of TID 4002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid6028Code
    """The value of row 6 (CODE)."""

    laterality: groups.Cid6022Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 6022"""


@dataclass(kw_only=True)
class MammographyCADImpressionRecommendationBodyCid6142(TemplatePart):
    """Row 12 of TID 4002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    concept: groups.Cid6142Code
    """The concept name of row 12."""

    value: Num
    """The value of row 12 (NUM)."""

    laterality: groups.Cid6022Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 6022"""

    derivation: groups.Cid6140Code = field(metadata={"row": "14"})
    """Row 14: CODE EV (121401, DCM, \"Derivation\"), VM 1, M; values DCID 6140"""

    calculation_description: str | None = field(default=None, metadata={"row": "15"})
    """Row 15: TEXT EV (112034, DCM, \"Calculation Description\"), VM 1, U"""
