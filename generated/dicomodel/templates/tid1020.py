"""TID 1020 Person Participant.

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
    "PersonParticipant",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1020",
    name="Person Participant",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="PNAME",
            requirement="M",
            concept=Code("DCM", "113870", "Person Name"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113875", "Person Role in Procedure"),
            values=(("parameter", "$PersonProcedureRole"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113871", "Person ID"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113872", "Person ID Issuer"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113873", "Organization Name"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "113874", "Person Role in Organization"),
            values=(("cid", "B", "7452"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PersonParticipant(TemplatePart):
    """TID 1020 Person Participant."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: str
    """The value of row 1 (PNAME)."""

    person_role_in_procedure: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (113875, DCM, \"Person Role in Procedure\"), VM 1, M; values $PersonProcedureRole"""

    person_id: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (113871, DCM, \"Person ID\"), VM 1, U"""

    person_id_issuer: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (113872, DCM, \"Person ID Issuer\"), VM 1, U"""

    organization_name: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (113873, DCM, \"Organization Name\"), VM 1, U"""

    person_role_in_organization: groups.Cid7452Code | Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (113874, DCM, \"Person Role in Organization\"), VM 1, U; values BCID 7452"""
