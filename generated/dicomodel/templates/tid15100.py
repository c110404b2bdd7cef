"""TID 15100 Contrast Agent/Pre-Medication Protocol Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ContrastAgentPreMedicationProtocolContext",
    "ContrastAgentPreMedicationProtocolContextContrastBolusAgent",
    "ContrastAgentPreMedicationProtocolContextPreMedication",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15100",
    name="Contrast Agent/Pre-Medication Protocol Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "123011", "Contrast/Bolus Agent"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "12"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "410675002", "Route of Administration"),
            values=(("cid", "B", "11"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "123012", "Pre-Medication"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "410675002", "Route of Administration"),
            values=(("cid", "B", "11"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ContrastAgentPreMedicationProtocolContext(TemplatePart):
    """TID 15100 Contrast Agent/Pre-Medication Protocol Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    contrast_bolus_agent: list[ContrastAgentPreMedicationProtocolContextContrastBolusAgent] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (123011, DCM, \"Contrast/Bolus Agent\"), VM 1-n, U; values BCID 12"""

    pre_medication: list[ContrastAgentPreMedicationProtocolContextPreMedication] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (123012, DCM, \"Pre-Medication\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ContrastAgentPreMedicationProtocolContextContrastBolusAgent(TemplatePart):
    """Row 1 of TID 15100."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid12Code | Code
    """The value of row 1 (CODE)."""

    route_of_administration: groups.Cid11Code | Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (410675002, SCT, \"Route of Administration\"), VM 1, U; values BCID 11"""


@dataclass(kw_only=True)
class ContrastAgentPreMedicationProtocolContextPreMedication(TemplatePart):
    """Row 3 of TID 15100."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Code
    """The value of row 3 (CODE)."""

    route_of_administration: groups.Cid11Code | Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (410675002, SCT, \"Route of Administration\"), VM 1, U; values BCID 11"""
