"""TID 3816 Ventricular Assessment.

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
    from dicomodel.templates import tid3819

__all__ = [
    "TEMPLATE",
    "VentricularAssessment",
    "VentricularAssessmentFindings",
    "VentricularAssessmentFindingsFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3816",
    name="Ventricular Assessment",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3701"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3711"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246262008", "Score"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3819",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Report",
                    (("code", "DT", "122292", "DCM", "Quantitative Ventriculography Report"),),
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class VentricularAssessment(TemplatePart):
    """TID 3816 Ventricular Assessment."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    findings: list[VentricularAssessmentFindings] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CONTAINER EV (59776-5, LN, \"Findings\"), VM 1-n, U"""

    common_findings: list[tid3819.CommonFindings] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3819, VM 1-n, U"""


@dataclass(kw_only=True)
class VentricularAssessmentFindings(TemplatePart):
    """Row 1 of TID 3816."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: groups.Cid3701Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3701"""

    finding: list[VentricularAssessmentFindingsFinding] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (121071, DCM, \"Finding\"), VM 1-n, M; values DCID 3711"""


@dataclass(kw_only=True)
class VentricularAssessmentFindingsFinding(TemplatePart):
    """Row 3 of TID 3816."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid3711Code
    """The value of row 3 (CODE)."""

    severity: groups.Cid3716Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values DCID 3716"""

    score: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM DT (246262008, SCT, \"Score\"), VM 1, U"""
