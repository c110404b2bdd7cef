"""TID 5225 Cardiac Ultrasound Fetal Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1008

__all__ = [
    "TEMPLATE",
    "CardiacUltrasoundFetalCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5225",
    name="Cardiac Ultrasound Fetal Characteristics",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125015", "Fetus Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1008",
            condition="IF this Template is invoked more than once to describe more than one fetus.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF this Template is invoked more than once to describe more than one fetus",
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18185-9", "Gestational Age"),
            units=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11778-8", "EDD"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8867-4", "Heart Rate"),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacUltrasoundFetalCharacteristics(TemplatePart):
    """TID 5225 Cardiac Ultrasound Fetal Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_context_fetus: tid1008.SubjectContextFetus | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1008, VM 1, MC: IF this Template is invoked more than once to describe more than one fetus."""

    gestational_age: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (18185-9, LN, \"Gestational Age\"), VM 1, U; units DCID 7456"""

    edd: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: DATE EV (11778-8, LN, \"EDD\"), VM 1, U"""

    heart_rate: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (8867-4, LN, \"Heart Rate\"), VM 1, U"""
