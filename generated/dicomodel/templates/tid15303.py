"""TID 15303 Radiotherapy Treatment Scheduled Processing Parameters.

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
    "RadiotherapyTreatmentScheduledProcessingParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15303",
    name="Radiotherapy Treatment Scheduled Processing Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121384", "RT Plan Label"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "121385", "Current Fraction Number"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "121386", "Number of Fractions Planned"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "121387", "Number of Fractions Completed"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121388", "Checked-In Status"),
            values=(("cid", "D", "230"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiotherapyTreatmentScheduledProcessingParameters(TemplatePart):
    """TID 15303 Radiotherapy Treatment Scheduled Processing Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    rt_plan_label: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (121384, DCM, \"RT Plan Label\"), VM 1, U"""

    current_fraction_number: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (121385, DCM, \"Current Fraction Number\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    number_of_fractions_planned: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (121386, DCM, \"Number of Fractions Planned\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    number_of_fractions_completed: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (121387, DCM, \"Number of Fractions Completed\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    checked_in_status: groups.Cid230Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (121388, DCM, \"Checked-In Status\"), VM 1, U; values DCID 230"""
