"""TID 5227 Cardiac Ultrasound Fetal Summary Section.

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
    from dicomodel.templates import tid1008

__all__ = [
    "TEMPLATE",
    "CardiacUltrasoundFetalSummarySection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5227",
    name="Cardiac Ultrasound Fetal Summary Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125008", "Fetus Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once to describe more than one fetus",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once to describe more than one fetus",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 4 does not exist",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            values=(("cid", "B", "12249"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 3 does not exist",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "387713003", "Surgical Procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "12247"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacUltrasoundFetalSummarySection(TemplatePart):
    """TID 5227 Cardiac Ultrasound Fetal Summary Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus"""

    finding: list[groups.Cid12249Code | Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (121071, DCM, \"Finding\"), VM 1-n, MC: IF Row 4 does not exist; values BCID 12249"""

    finding_row_4: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TEXT EV (121071, DCM, \"Finding\"), VM 1-n, MC: IF Row 3 does not exist"""

    surgical_procedure: list[groups.Cid12247Code | Code] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (387713003, SCT, \"Surgical Procedure\"), VM 1-n, U; values BCID 12247"""
