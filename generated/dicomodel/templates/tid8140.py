"""TID 8140 Heating Conditions.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "HeatingConditions",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8140",
    name="Heating Conditions",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "127040", "Heating conditions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "128954007", "Procedure Phase"),
            values=(("cid", "D", "631"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0018851", "Heating"),
            values=(("cid", "D", "635"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "127210", "Feedback temperature regulation"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCIt", "C50304", "Temperature sensor device component"),
            values=(("cid", "D", "636"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250881009", "Equipment Temperature"),
            units=(("code", "EV", "Cel", "UCUM", "C"),),
        ),
    ),
)


@dataclass(kw_only=True)
class HeatingConditions(TemplatePart):
    """TID 8140 Heating Conditions."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_phase: groups.Cid631Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (128954007, SCT, \"Procedure Phase\"), VM 1, U; values DCID 631"""

    heating: groups.Cid635Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (C0018851, UMLS, \"Heating\"), VM 1, U; values DCID 635"""

    feedback_temperature_regulation: groups.Cid231Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (127210, DCM, \"Feedback temperature regulation\"), VM 1, U; values DCID 231"""

    temperature_sensor_device_component: groups.Cid636Code | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CODE EV (C50304, NCIt, \"Temperature sensor device component\"), VM 1, U; values DCID 636"""

    equipment_temperature: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (250881009, SCT, \"Equipment Temperature\"), VM 1, U; units EV (Cel, UCUM, \"C\")"""
