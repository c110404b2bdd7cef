"""TID 1003 Person Observer Identifying Attributes.

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
    "PersonObserverIdentifyingAttributes",
    "PersonObserverIdentifyingAttributesPersonObserversRoleInThisProcedure",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1003",
    name="Person Observer Identifying Attributes",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="PNAME",
            requirement="M",
            concept=Code("DCM", "121008", "Person Observer Name"),
        ),
        RowDef(
            key="1a",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "128774", "Person Observer's Login Name"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121009", "Person Observer's Organization Name"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121010", "Person Observer's Role in the Organization"),
            values=(("cid", "B", "7452"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121011", "Person Observer's Role in this Procedure"),
            values=(("cid", "B", "7453"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "128775", "Identifier within Person Observer's Role"),
        ),
    ),
)


@dataclass(kw_only=True)
class PersonObserverIdentifyingAttributes(TemplatePart):
    """TID 1003 Person Observer Identifying Attributes."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    person_observer_name: str = field(metadata={"row": "1"})
    """Row 1: PNAME EV (121008, DCM, \"Person Observer Name\"), VM 1, M"""

    person_observers_login_name: str | None = field(default=None, metadata={"row": "1a"})
    """Row 1a: TEXT EV (128774, DCM, \"Person Observer's Login Name\"), VM 1, U"""

    person_observers_organization_name: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121009, DCM, \"Person Observer's Organization Name\"), VM 1, U"""

    person_observers_role_in_the_organization: groups.Cid7452Code | Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (121010, DCM, \"Person Observer's Role in the Organization\"), VM 1, U; values BCID 7452"""

    person_observers_role_in_this_procedure: (
        PersonObserverIdentifyingAttributesPersonObserversRoleInThisProcedure | None
    ) = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121011, DCM, \"Person Observer's Role in this Procedure\"), VM 1, U; values BCID 7453"""


@dataclass(kw_only=True)
class PersonObserverIdentifyingAttributesPersonObserversRoleInThisProcedure(TemplatePart):
    """Row 4 of TID 1003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid7453Code | Code
    """The value of row 4 (CODE)."""

    identifier_within_person_observers_role: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (128775, DCM, \"Identifier within Person Observer's Role\"), VM 1, U"""
