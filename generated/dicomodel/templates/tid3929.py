"""TID 3929 Cardiovascular Analysis Observation Context.

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
    from dicomodel.templates import tid3106

__all__ = [
    "TEMPLATE",
    "CardiovascularAnalysisObservationContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3929",
    name="Cardiovascular Analysis Observation Context",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("LN", "8867-4", "Heart Rate"),
            units=(("code", "DT", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("LN", "8884-9", "Cardiac Rhythm"),
            values=(("cid", "D", "3826"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("SCT", "271649006", "Systolic Blood Pressure"),
            units=(("code", "DT", "mm[Hg]", "UCUM", "mmHg"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("SCT", "271650006", "Diastolic Blood Pressure"),
            units=(("code", "DT", "mm[Hg]", "UCUM", "mmHg"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("SCT", "364062005", "Respiration Observable"),
            values=(("cid", "D", "3823"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3106",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class CardiovascularAnalysisObservationContext(TemplatePart):
    """TID 3929 Cardiovascular Analysis Observation Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    heart_rate: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (8867-4, LN, \"Heart Rate\"), VM 1, U; units DT ({H.B.}/min, UCUM, \"BPM\")"""

    cardiac_rhythm: groups.Cid3826Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (8884-9, LN, \"Cardiac Rhythm\"), VM 1, U; values DCID 3826"""

    systolic_blood_pressure: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (271649006, SCT, \"Systolic Blood Pressure\"), VM 1, U; units DT (mm[Hg], UCUM, \"mmHg\")"""

    diastolic_blood_pressure: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (271650006, SCT, \"Diastolic Blood Pressure\"), VM 1, U; units DT (mm[Hg], UCUM, \"mmHg\")"""

    respiration_observable: groups.Cid3823Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (364062005, SCT, \"Respiration Observable\"), VM 1, U; values DCID 3823"""

    drugs_contrast_administered: list[tid3106.DrugsContrastAdministered] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3106, VM 1-n, U"""
