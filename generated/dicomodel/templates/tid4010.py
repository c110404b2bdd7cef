"""TID 4010 Mammography CAD Calcification Cluster.

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
    from dicomodel.templates import tid1400, tid1401, tid1402

__all__ = [
    "TEMPLATE",
    "MammographyCADCalcificationCluster",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4010",
    name="Mammography CAD Calcification Cluster",
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
            condition="At least one of Rows 1, 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            values=(("cid", "D", "6010"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "111008", "Calcification Distribution"),
            condition="At least one of Rows 1, 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            values=(("cid", "D", "6012"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "111038", "Number of calcifications"),
            condition="At least one of Rows 1, 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1400",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            include="1401",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 1, 2, 3, 4, 5 shall be present",
            condition_status="parsed",
            required_if=(
                "not",
                (
                    "or",
                    ("row_present", "1"),
                    ("row_present", "2"),
                    ("row_present", "3"),
                    ("row_present", "4"),
                    ("row_present", "5"),
                ),
            ),
        ),
        RowDef(
            key="6",
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
class MammographyCADCalcificationCluster(TemplatePart):
    """TID 4010 Mammography CAD Calcification Cluster."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    calcification_type: list[groups.Cid6010Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (111009, DCM, \"Calcification Type\"), VM 1-n, MC: At least one of Rows 1, 2, 3, 4, 5 shall be present; values DCID 6010"""

    calcification_distribution: groups.Cid6012Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (111008, DCM, \"Calcification Distribution\"), VM 1, MC: At least one of Rows 1, 2, 3, 4, 5 shall be present; values DCID 6012"""

    number_of_calcifications: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (111038, DCM, \"Number of calcifications\"), VM 1, MC: At least one of Rows 1, 2, 3, 4, 5 shall be present; units EV (1, UCUM, \"no units\")"""

    linear_measurement: list[tid1400.LinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1400, VM 1-n, MC: At least one of Rows 1, 2, 3, 4, 5 shall be present"""

    area_measurement: list[tid1401.AreaMeasurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1401, VM 1-n, MC: At least one of Rows 1, 2, 3, 4, 5 shall be present"""

    volume_measurement: list[tid1402.VolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1402, VM 1-n, U"""
