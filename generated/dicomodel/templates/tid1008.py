"""TID 1008 Subject Context, Fetus.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "SubjectContextFetus",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1008",
    name="Subject Context, Fetus",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="PNAME",
            requirement="U",
            concept=Code("DCM", "121036", "Mother of fetus"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "121028", "Subject UID"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            concept=Code("DCM", "121030", "Subject ID"),
            condition="IF Row 4 is absent",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            concept=Code("LN", "11951-1", "Fetus ID"),
            condition="IF Row 3 is absent",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("LN", "11878-6", "Number of Fetuses by US"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("LN", "55281-0", "Number of Fetuses"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
    ),
)


@dataclass(kw_only=True)
class SubjectContextFetus(TemplatePart):
    """TID 1008 Subject Context, Fetus."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    mother_of_fetus: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: PNAME EV (121036, DCM, \"Mother of fetus\"), VM 1, U"""

    subject_uid: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: UIDREF EV (121028, DCM, \"Subject UID\"), VM 1, U"""

    subject_id: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121030, DCM, \"Subject ID\"), VM 1, MC: IF Row 4 is absent"""

    fetus_id: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (11951-1, LN, \"Fetus ID\"), VM 1, MC: IF Row 3 is absent"""

    number_of_fetuses_by_us: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (11878-6, LN, \"Number of Fetuses by US\"), VM 1, U: XOR Row 6; units EV (1, UCUM, \"no units\")"""

    number_of_fetuses: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (55281-0, LN, \"Number of Fetuses\"), VM 1, UC: XOR Row 5; units EV (1, UCUM, \"no units\")"""
