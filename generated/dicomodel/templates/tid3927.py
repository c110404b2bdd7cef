"""TID 3927 Report Summary.

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
    from dicomodel.templates import tid320, tid321

__all__ = [
    "TEMPLATE",
    "ReportSummary",
    "ReportSummaryCid7002",
    "ReportSummaryCid7002Row5",
    "ReportSummaryCoronaryArteryDiseaseAssessment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3927",
    name="Report Summary",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "7001"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7002"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            include="320",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            include="321",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7002"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            include="320",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            include="321",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130720", "Coronary Artery Disease Assessment"),
            values=(("cid", "D", "3020"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130721", "Coronary Artery Disease Assessment Modifier"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3022"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130722", "Coronary Artery Disease Stenosis Assessment Modifier"),
            vm_min=1,
            vm_max=None,
            condition='IFF value of Row 8 = (130727, DCM, "4 - Severe stenosis")',
            condition_status="parsed",
            required_if=("row_code", "8", (("130727", "DCM"),)),
            forbidden_if=("not", ("row_code", "8", (("130727", "DCM"),))),
            values=(("cid", "D", "3021"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ReportSummary(TemplatePart):
    """TID 3927 Report Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7001Code | Code
    """The concept name of row 1."""

    cid_7002: list[ReportSummaryCid7002] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE BCID 7002, VM 1-n, U"""

    cid_7002_row_5: list[ReportSummaryCid7002Row5] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: TEXT BCID 7002, VM 1-n, U"""

    coronary_artery_disease_assessment: ReportSummaryCoronaryArteryDiseaseAssessment | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (130720, DCM, \"Coronary Artery Disease Assessment\"), VM 1, U; values DCID 3020"""


@dataclass(kw_only=True)
class ReportSummaryCid7002(TemplatePart):
    """Row 2 of TID 3927."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    concept: groups.Cid7002Code | Code
    """The concept name of row 2."""

    value: Code
    """The value of row 2 (CODE)."""

    image_or_spatial_coordinates: list[tid320.ImageOrSpatialCoordinates] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 320, VM 1-n, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 321, VM 1-n, U"""


@dataclass(kw_only=True)
class ReportSummaryCid7002Row5(TemplatePart):
    """Row 5 of TID 3927."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    concept: groups.Cid7002Code | Code
    """The concept name of row 5."""

    value: str
    """The value of row 5 (TEXT)."""

    image_or_spatial_coordinates: list[tid320.ImageOrSpatialCoordinates] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 320, VM 1-n, U"""

    waveform_or_temporal_coordinates: list[tid321.WaveformOrTemporalCoordinates] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 321, VM 1-n, U"""


@dataclass(kw_only=True)
class ReportSummaryCoronaryArteryDiseaseAssessment(TemplatePart):
    """Row 8 of TID 3927."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: groups.Cid3020Code
    """The value of row 8 (CODE)."""

    coronary_artery_disease_assessment_modifier: list[groups.Cid3022Code] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (130721, DCM, \"Coronary Artery Disease Assessment Modifier\"), VM 1-n, U; values DCID 3022"""

    coronary_artery_disease_stenosis_assessment_modifier: list[groups.Cid3021Code] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CODE EV (130722, DCM, \"Coronary Artery Disease Stenosis Assessment Modifier\"), VM 1-n, UC: IFF value of Row 8 = (130727, DCM, \"4 - Severe stenosis\"); values DCID 3021"""
