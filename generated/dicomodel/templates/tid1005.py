"""TID 1005 Procedure Study Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ProcedureStudyContext",
    "ProcedureStudyContextPlacerNumber",
    "ProcedureStudyContextFillerNumber",
    "ProcedureStudyContextAccessionNumber",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1005",
    name="Procedure Study Context",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "121018", "Procedure Study Instance UID"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="UIDREF",
            requirement="U",
            concept=Code("DCM", "121019", "Procedure Study Component UID"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121020", "Placer Number"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "110190", "Issuer of Identifier"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121021", "Filler Number"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "110190", "Issuer of Identifier"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121022", "Accession Number"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "110190", "Issuer of Identifier"),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121023", "Procedure Code"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureStudyContext(TemplatePart):
    """TID 1005 Procedure Study Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    procedure_study_instance_uid: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: UIDREF EV (121018, DCM, \"Procedure Study Instance UID\"), VM 1, U"""

    procedure_study_component_uid: list[str] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: UIDREF EV (121019, DCM, \"Procedure Study Component UID\"), VM 1-n, U"""

    placer_number: ProcedureStudyContextPlacerNumber | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: TEXT EV (121020, DCM, \"Placer Number\"), VM 1, U"""

    filler_number: ProcedureStudyContextFillerNumber | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: TEXT EV (121021, DCM, \"Filler Number\"), VM 1, U"""

    accession_number: ProcedureStudyContextAccessionNumber | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: TEXT EV (121022, DCM, \"Accession Number\"), VM 1, U"""

    procedure_code: list[Code] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: CODE EV (121023, DCM, \"Procedure Code\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ProcedureStudyContextPlacerNumber(TemplatePart):
    """Row 3 of TID 1005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: str
    """The value of row 3 (TEXT)."""

    issuer_of_identifier: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (110190, DCM, \"Issuer of Identifier\"), VM 1, U"""


@dataclass(kw_only=True)
class ProcedureStudyContextFillerNumber(TemplatePart):
    """Row 5 of TID 1005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: str
    """The value of row 5 (TEXT)."""

    issuer_of_identifier: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (110190, DCM, \"Issuer of Identifier\"), VM 1, U"""


@dataclass(kw_only=True)
class ProcedureStudyContextAccessionNumber(TemplatePart):
    """Row 7 of TID 1005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: str
    """The value of row 7 (TEXT)."""

    issuer_of_identifier: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (110190, DCM, \"Issuer of Identifier\"), VM 1, U"""
