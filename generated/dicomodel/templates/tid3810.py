"""TID 3810 Cardiac Catheterization Findings.

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
    from dicomodel.templates import tid3812, tid3814, tid3815, tid3817, tid3818

__all__ = [
    "TEMPLATE",
    "CardiacCatheterizationFindings",
    "CardiacCatheterizationFindingsFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3810",
    name="Cardiac Catheterization Findings",
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
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3812",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3817",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3814",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3815",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3818",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3700"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacCatheterizationFindings(TemplatePart):
    """TID 3810 Cardiac Catheterization Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    hemodynamic_findings: tid3812.HemodynamicFindings | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3812, VM 1, U"""

    coronary_arteriography_findings: tid3817.CoronaryArteriographyFindings | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3817, VM 1, U"""

    left_ventriculography_findings: tid3814.LeftVentriculographyFindings | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3814, VM 1, U"""

    right_ventriculography_findings: tid3815.RightVentriculographyFindings | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3815, VM 1, U"""

    other_cardiographic_findings: list[tid3818.OtherCardiographicFindings] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3818, VM 1-n, U"""

    finding: list[CardiacCatheterizationFindingsFinding] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3700"""

    finding_row_9: list[str] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: TEXT EV (121071, DCM, \"Finding\"), VM 1-n, U"""


@dataclass(kw_only=True)
class CardiacCatheterizationFindingsFinding(TemplatePart):
    """Row 7 of TID 3810."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid3700Code
    """The value of row 7 (CODE)."""

    severity: groups.Cid3716Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values DCID 3716"""
