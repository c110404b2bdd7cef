"""TID 3520 Hemodynamic Clinical Context.

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
    from dicomodel.templates import tid3521

__all__ = [
    "TEMPLATE",
    "HemodynamicClinicalContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3520",
    name="Hemodynamic Clinical Context",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122127", "Clinical Context"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "109054", "Patient State"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3602"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "109054", "Patient State"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$ConditionName",
                    (("code", "EV", "116224001", "SCT", "Complication of Procedure"),),
                ),
                ("$ConditionValue", (("cid", "D", "3413"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ConditionName", (("code", "EV", "122086", "DCM", "Contrast administered"),)),
                ("$ConditionValue", (("cid", "B", "12"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ConditionName", (("code", "EV", "122083", "DCM", "Drug administered"),)),
                ("$ConditionValue", (("cid", "B", "10"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ConditionName", (("code", "EV", "109059", "DCM", "Physiological challenges"),)),
                ("$ConditionValue", (("cid", "B", "3271"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ConditionName", (("code", "EV", "122138", "DCM", "Circulatory Support"),)),
                ("$ConditionValue", (("cid", "D", "3553"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ConditionName", (("code", "EV", "266700009", "SCT", "Ventilation assistance"),)),
                ("$ConditionValue", (("cid", "D", "3554"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ConditionName", (("code", "EV", "18590009", "SCT", "Cardiac Pacing"),)),
                ("$ConditionValue", (("cid", "B", "3555"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3521",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ConditionName", (("code", "EV", "71388002", "SCT", "Procedure"),)),
                ("$ConditionValue", (("cid", "B", "3405"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class HemodynamicClinicalContext(TemplatePart):
    """TID 3520 Hemodynamic Clinical Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    patient_state: list[groups.Cid3602Code | Code] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (109054, DCM, \"Patient State\"), VM 1-n, U; values BCID 3602"""

    patient_state_row_3: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (109054, DCM, \"Patient State\"), VM 1, U"""

    relative_time: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3521, VM 1-n, U"""

    relative_time_row_5: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3521, VM 1-n, U"""

    relative_time_row_6: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3521, VM 1-n, U"""

    relative_time_row_7: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3521, VM 1-n, U"""

    relative_time_row_8: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3521, VM 1-n, U"""

    relative_time_row_9: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3521, VM 1-n, U"""

    relative_time_row_10: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3521, VM 1-n, U"""

    relative_time_row_11: list[tid3521.RelativeTime] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3521, VM 1-n, U"""
