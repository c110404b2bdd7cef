"""TID 4203 Breast Imaging Assessment.

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
    from dicomodel.templates import tid4207

__all__ = [
    "TEMPLATE",
    "BreastImagingAssessment",
    "BreastImagingAssessmentRecommendedFollowUp",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4203",
    name="Breast Imaging Assessment",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111005", "Assessment Category"),
            values=(("cid", "D", "6026"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111053", "Recommended Follow-up"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6028"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111055", "Recommended Follow-up Interval"),
            units=(("cid", "D", "6046"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111054", "Recommended Follow-up Date"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="4207",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingAssessment(TemplatePart):
    """TID 4203 Breast Imaging Assessment."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    assessment_category: groups.Cid6026Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (111005, DCM, \"Assessment Category\"), VM 1, M; values DCID 6026"""

    recommended_follow_up: list[BreastImagingAssessmentRecommendedFollowUp] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (111053, DCM, \"Recommended Follow-up\"), VM 1-n, U; values BCID 6028"""


@dataclass(kw_only=True)
class BreastImagingAssessmentRecommendedFollowUp(TemplatePart):
    """Row 2 of TID 4203."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid6028Code | Code
    """The value of row 2 (CODE)."""

    laterality: groups.Cid6022Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 6022"""

    recommended_follow_up_interval: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (111055, DCM, \"Recommended Follow-up Interval\"), VM 1, U; units DCID 6046"""

    recommended_follow_up_date: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: DATE EV (111054, DCM, \"Recommended Follow-up Date\"), VM 1, U"""

    breast_imaging_pathology_results: list[tid4207.BreastImagingPathologyResults] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 4207, VM 1-n, U"""
