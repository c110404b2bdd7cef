"""TID 8170 Physiological Monitoring Performed During Procedure.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "PhysiologicalMonitoringPerformedDuringProcedure",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8170",
    name="Physiological Monitoring Performed During Procedure",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "281691001", "Physiological monitoring"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "266706003", "Electrocardiographic monitoring"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "53617003", "Monitoring of respiration"),
            values=(("cid", "D", "231"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PhysiologicalMonitoringPerformedDuringProcedure(TemplatePart):
    """TID 8170 Physiological Monitoring Performed During Procedure."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    electrocardiographic_monitoring: groups.Cid231Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (266706003, SCT, \"Electrocardiographic monitoring\"), VM 1, U; values DCID 231"""

    monitoring_of_respiration: groups.Cid231Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (53617003, SCT, \"Monitoring of respiration\"), VM 1, U; values DCID 231"""
