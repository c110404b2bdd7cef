"""TID 3906 Vascular Section Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1350, tid3905, tid3907, tid3908, tid3910

__all__ = [
    "TEMPLATE",
    "VascularSectionMeasurements",
    "VascularSectionMeasurementsFindings",
    "VascularSectionMeasurementsFindingsParentVesselFinding",
    "VascularSectionMeasurementsFindingsFindings",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3906",
    name="Vascular Section Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("parameter", "$VascularSection"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IFF $SectionLaterality has a value",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF $SectionLaterality has a value"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF $SectionLaterality has a value"),
            ),
            values=(("parameter", "$SectionLaterality"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("parameter", "$Anatomy"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122686", "Parent Vessel Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3810"),),
        ),
        RowDef(key="6", nesting=3, value_type="INCLUDE", requirement="U", include="1350"),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="3905",
            condition='IF the value of $AnalysisPerformed equals (122605, DCM, "Vascular Morphological Analysis")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: value of $AnalysisPerformed equals §0",
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=3,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125101", "Vessel Branch"),
            vm_min=1,
            vm_max=None,
            condition='IF concept value of Row 4 is not equal to (41801008, SCT, "Coronary Artery Structure")',
            condition_status="parsed",
            required_if=("not", ("row_code", "4", (("41801008", "SCT"),))),
            values=(("cid", "D", "12117"),),
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical Modifier"),
            condition='IF concept value of Row 4 is not equal to (41801008, SCT, "Coronary Artery Structure")',
            condition_status="parsed",
            required_if=("not", ("row_code", "4", (("41801008", "SCT"),))),
            values=(("cid", "D", "12116"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical Modifier"),
            condition='IF concept value of Row 4 = (41801008, SCT, "Coronary Artery Structure")',
            condition_status="parsed",
            required_if=("row_code", "4", (("41801008", "SCT"),)),
            values=(("cid", "D", "3019"),),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3907",
        ),
        RowDef(
            key="13",
            nesting=3,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="3908",
            vm_min=1,
            vm_max=None,
            condition='IF the value of$AnalysisPerformed equals (122605, DCM, "Vascular Morphological Analysis")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: value of$AnalysisPerformed equals §0",
            ),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="3910",
            condition='IF the value of$AnalysisPerformed equals (122606, DCM, "Vascular Functional Analysis")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: value of$AnalysisPerformed equals §0",
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class VascularSectionMeasurements(TemplatePart):
    """TID 3906 Vascular Section Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    laterality: Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (272741003, SCT, \"Laterality\"), VM 1, MC: IFF $SectionLaterality has a value; values $SectionLaterality"""

    findings: list[VascularSectionMeasurementsFindings] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, M"""


@dataclass(kw_only=True)
class VascularSectionMeasurementsFindings(TemplatePart):
    """Row 3 of TID 3906."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    finding_site: Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values $Anatomy"""

    parent_vessel_finding: list[VascularSectionMeasurementsFindingsParentVesselFinding] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (122686, DCM, \"Parent Vessel Finding\"), VM 1-n, U; values DCID 3810"""

    calcium_scoring_results: tid3905.CalciumScoringResults | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3905, VM 1, UC: IF the value of $AnalysisPerformed equals (122605, DCM, \"Vascular Morphological Analysis\")"""

    findings: list[VascularSectionMeasurementsFindingsFindings] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, U"""


@dataclass(kw_only=True)
class VascularSectionMeasurementsFindingsParentVesselFinding(TemplatePart):
    """Row 5 of TID 3906."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: groups.Cid3810Code
    """The value of row 5 (CODE)."""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1350, VM 1, U"""


@dataclass(kw_only=True)
class VascularSectionMeasurementsFindingsFindings(TemplatePart):
    """Row 8 of TID 3906."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    vessel_branch: list[groups.Cid12117Code] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (125101, DCM, \"Vessel Branch\"), VM 1-n, UC: IF concept value of Row 4 is not equal to (41801008, SCT, \"Coronary Artery Structure\"); values DCID 12117"""

    topographical_modifier: groups.Cid12116Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (106233006, SCT, \"Topographical Modifier\"), VM 1, UC: IF concept value of Row 4 is not equal to (41801008, SCT, \"Coronary Artery Structure\"); values DCID 12116"""

    topographical_modifier_row_11: groups.Cid3019Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (106233006, SCT, \"Topographical Modifier\"), VM 1, UC: IF concept value of Row 4 = (41801008, SCT, \"Coronary Artery Structure\"); values DCID 3019"""

    vessel_measurements: tid3907.VesselMeasurements | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 3907, VM 1, U"""

    vascular_lesion: list[tid3908.VascularLesion] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3908, VM 1-n, UC: IF the value of$AnalysisPerformed equals (122605, DCM, \"Vascular Morphological Analysis\")"""

    flow_quantification: tid3910.FlowQuantification | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3910, VM 1, UC: IF the value of$AnalysisPerformed equals (122606, DCM, \"Vascular Functional Analysis\")"""
