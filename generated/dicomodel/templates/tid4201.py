"""TID 4201 Breast Imaging Procedure Reported.

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
    "BreastImagingProcedureReported",
    "BreastImagingProcedureReportedIndicationsForProcedure",
    "BreastImagingProcedureReportedIndicationsForProcedureClinicalFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4201",
    name="Breast Imaging Procedure Reported",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("cid", "B", "6050"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111464", "Procedure Modifier"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6058"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
            values=(("cid", "D", "6051"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "118578006", "Relative time"),
            values=(("cid", "D", "12102"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111402", "Clinical Finding"),
            vm_min=1,
            vm_max=None,
            condition='IFF Row 4 value is "Clinical Finding"',
            condition_status="parsed",
            required_if=("row_code", "4", (("111402", "DCM"),)),
            forbidden_if=("not", ("row_code", "4", (("111402", "DCM"),))),
            values=(("cid", "D", "6055"),),
        ),
        RowDef(
            key="7",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111060", "Study Date"),
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingProcedureReported(TemplatePart):
    """TID 4201 Breast Imaging Procedure Reported."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6050Code | Code
    """The value of row 1 (CODE)."""

    procedure_modifier: list[groups.Cid6058Code] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (111464, DCM, \"Procedure Modifier\"), VM 1-n, U; values DCID 6058"""

    laterality: groups.Cid6022Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values DCID 6022"""

    indications_for_procedure: BreastImagingProcedureReportedIndicationsForProcedure | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U; values DCID 6051"""

    study_date: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: DATE EV (111060, DCM, \"Study Date\"), VM 1, U"""


@dataclass(kw_only=True)
class BreastImagingProcedureReportedIndicationsForProcedure(TemplatePart):
    """Row 4 of TID 4201."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid6051Code
    """The value of row 4 (CODE)."""

    relative_time: groups.Cid12102Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (118578006, SCT, \"Relative time\"), VM 1, U; values DCID 12102"""

    clinical_finding: list[BreastImagingProcedureReportedIndicationsForProcedureClinicalFinding] = (
        field(default_factory=no_items, metadata={"row": "6"})
    )
    """Row 6: CODE EV (111402, DCM, \"Clinical Finding\"), VM 1-n, UC: IFF Row 4 value is \"Clinical Finding\"; values DCID 6055"""


@dataclass(kw_only=True)
class BreastImagingProcedureReportedIndicationsForProcedureClinicalFinding(TemplatePart):
    """Row 6 of TID 4201."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid6055Code
    """The value of row 6 (CODE)."""

    laterality: groups.Cid6022Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 6022"""
