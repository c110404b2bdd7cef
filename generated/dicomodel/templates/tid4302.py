"""TID 4302 Prostate Imaging Findings.

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
    from dicomodel.templates import tid4303, tid4304, tid4305

__all__ = [
    "TEMPLATE",
    "ProstateImagingFindings",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4302",
    name="Prostate Imaging Findings",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130553", "Prostate Imaging Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4303",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4304",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4305",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111005", "Assessment Category"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 6.\nAt least one of Rows 5,6,7 shall be present.",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "6")),
                ("not", ("or", ("row_present", "5"), ("row_present", "6"), ("row_present", "7"))),
            ),
            forbidden_if=("row_present", "6"),
            values=(("cid", "D", "6324"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID50294", "PI-RADS Overall Assessment Category"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 5.\nAt least one of Rows 5,6,7 shall be present.",
            condition_status="parsed",
            required_if=(
                "and",
                ("not", ("row_present", "5")),
                ("not", ("or", ("row_present", "5"), ("row_present", "6"), ("row_present", "7"))),
            ),
            forbidden_if=("row_present", "5"),
            values=(("cid", "D", "6325"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class ProstateImagingFindings(TemplatePart):
    """TID 4302 Prostate Imaging Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    overall_prostate_finding: tid4303.OverallProstateFinding = field(metadata={"row": "2"})
    """Row 2: INCLUDE DTID 4303, VM 1, M"""

    localized_prostate_finding: list[tid4304.LocalizedProstateFinding] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4304, VM 1-n, M"""

    extra_prostatic_finding: list[tid4305.ExtraProstaticFinding] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4305, VM 1-n, U"""

    assessment_category: list[groups.Cid6324Code] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (111005, DCM, \"Assessment Category\"), VM 1-n, MC: XOR Row 6. At least one of Rows 5,6,7 shall be present.; values DCID 6324"""

    pi_rads_overall_assessment_category: list[groups.Cid6325Code] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE EV (RID50294, RADLEX, \"PI-RADS Overall Assessment Category\"), VM 1-n, MC: XOR Row 5. At least one of Rows 5,6,7 shall be present.; values DCID 6325"""

    comment: str = field(metadata={"row": "7"})
    """Row 7: TEXT EV (121106, DCM, \"Comment\"), VM 1, M"""
