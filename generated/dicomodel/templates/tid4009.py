"""TID 4009 Mammography CAD Individual Calcification.

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
    from dicomodel.templates import tid1400, tid1401, tid1402

__all__ = [
    "TEMPLATE",
    "MammographyCADIndividualCalcification",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4009",
    name="Mammography CAD Individual Calcification",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "111009", "Calcification Type"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 2, 3 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "1"), ("row_present", "2"), ("row_present", "3")),
            ),
            values=(("cid", "D", "6010"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1400",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 2, 3 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "1"), ("row_present", "2"), ("row_present", "3")),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1401",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 2, 3 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                ("or", ("row_present", "1"), ("row_present", "2"), ("row_present", "3")),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1402",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADIndividualCalcification(TemplatePart):
    """TID 4009 Mammography CAD Individual Calcification."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    calcification_type: list[groups.Cid6010Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (111009, DCM, \"Calcification Type\"), VM 1-n, MC: At least one of Rows 1, 2, 3 shall be present; values DCID 6010"""

    linear_measurement: list[tid1400.LinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1400, VM 1-n, MC: At least one of Rows 1, 2, 3 shall be present"""

    area_measurement: list[tid1401.AreaMeasurement] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1401, VM 1-n, MC: At least one of Rows 1, 2, 3 shall be present"""

    volume_measurement: list[tid1402.VolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1402, VM 1-n, U"""
