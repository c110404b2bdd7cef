"""TID 4306 PI-RADS® Localized Abnormality Assessment.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "PIRADSLocalizedAbnormalityAssessment",
    "PIRADSLocalizedAbnormalityAssessmentPiRadsT2wiLesionAssessment",
    "PIRADSLocalizedAbnormalityAssessmentPiRadsDwiLesionAssessment",
    "PIRADSLocalizedAbnormalityAssessmentPiRadsDceLesionAssessment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4306",
    name="PI-RADS® Localized Abnormality Assessment",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130559", "PI-RADS Localized Abnormality Assessment"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C110961", "Index lesion"),
            values=(("cid", "B", "231"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130561", "PI-RADS T2WI Lesion Assessment"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID50301", "PI-RADS T2WI PZ Lesion Assessment Category"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
            values=(("cid", "D", "6329"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID50307", "PI-RADS T2WI TZ Lesion Assessment Category"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
            values=(("cid", "D", "6330"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6335"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130562", "PI-RADS DWI Lesion Assessment"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID50313", "PI-RADS DWI Lesion Assessment Category"),
            values=(("cid", "D", "6331"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6335"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130563", "PI-RADS DCE Lesion Assessment"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID50319", "PI-RADS DCE Lesion Assessment Category"),
            values=(("cid", "D", "6332"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6335"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID50295", "PI-RADS Lesion Assessment Category"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6328"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6335"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "6334"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class PIRADSLocalizedAbnormalityAssessment(TemplatePart):
    """TID 4306 PI-RADS® Localized Abnormality Assessment."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    index_lesion: groups.Cid231Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (C110961, NCIt, \"Index lesion\"), VM 1, U; values BCID 231"""

    pi_rads_t2wi_lesion_assessment: PIRADSLocalizedAbnormalityAssessmentPiRadsT2wiLesionAssessment = field(
        metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (130561, DCM, \"PI-RADS T2WI Lesion Assessment\"), VM 1, M"""

    pi_rads_dwi_lesion_assessment: PIRADSLocalizedAbnormalityAssessmentPiRadsDwiLesionAssessment = (
        field(metadata={"row": "8"})
    )
    """Row 8: CONTAINER EV (130562, DCM, \"PI-RADS DWI Lesion Assessment\"), VM 1, M"""

    pi_rads_dce_lesion_assessment: PIRADSLocalizedAbnormalityAssessmentPiRadsDceLesionAssessment = (
        field(metadata={"row": "12"})
    )
    """Row 12: CONTAINER EV (130563, DCM, \"PI-RADS DCE Lesion Assessment\"), VM 1, M"""

    pi_rads_lesion_assessment_category: list[groups.Cid6328Code | Code] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: CODE EV (RID50295, RADLEX, \"PI-RADS Lesion Assessment Category\"), VM 1-n, U; values BCID 6328"""

    cid_6334: list[Named[groups.Cid6335Code | Code]] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: CODE DCID 6334, VM 1-n, U; values BCID 6335"""

    cid_6334_row_18: list[Named[str]] = field(default_factory=no_items, metadata={"row": "18"})
    """Row 18: TEXT DCID 6334, VM 1-n, U"""


@dataclass(kw_only=True)
class PIRADSLocalizedAbnormalityAssessmentPiRadsT2wiLesionAssessment(TemplatePart):
    """Row 3 of TID 4306."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    pi_rads_t2wi_pz_lesion_assessment_category: groups.Cid6329Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (RID50301, RADLEX, \"PI-RADS T2WI PZ Lesion Assessment Category\"), VM 1, MC: XOR Row 5; values DCID 6329"""

    pi_rads_t2wi_tz_lesion_assessment_category: groups.Cid6330Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (RID50307, RADLEX, \"PI-RADS T2WI TZ Lesion Assessment Category\"), VM 1, MC: XOR Row 4; values DCID 6330"""

    cid_6334: list[Named[groups.Cid6335Code]] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE DCID 6334, VM 1-n, U; values DCID 6335"""

    cid_6334_row_7: list[Named[str]] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: TEXT DCID 6334, VM 1-n, U"""


@dataclass(kw_only=True)
class PIRADSLocalizedAbnormalityAssessmentPiRadsDwiLesionAssessment(TemplatePart):
    """Row 8 of TID 4306."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    pi_rads_dwi_lesion_assessment_category: groups.Cid6331Code | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (RID50313, RADLEX, \"PI-RADS DWI Lesion Assessment Category\"), VM 1, U; values DCID 6331"""

    cid_6334: list[Named[groups.Cid6335Code]] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CODE DCID 6334, VM 1-n, U; values DCID 6335"""

    cid_6334_row_11: list[Named[str]] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: TEXT DCID 6334, VM 1-n, U"""


@dataclass(kw_only=True)
class PIRADSLocalizedAbnormalityAssessmentPiRadsDceLesionAssessment(TemplatePart):
    """Row 12 of TID 4306."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    pi_rads_dce_lesion_assessment_category: groups.Cid6332Code = field(metadata={"row": "13"})
    """Row 13: CODE EV (RID50319, RADLEX, \"PI-RADS DCE Lesion Assessment Category\"), VM 1, M; values DCID 6332"""

    cid_6334: list[Named[groups.Cid6335Code]] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: CODE DCID 6334, VM 1-n, U; values DCID 6335"""

    cid_6334_row_15: list[Named[str]] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: TEXT DCID 6334, VM 1-n, U"""
