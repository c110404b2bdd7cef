"""TID 3828 Discharge Summary, Cath.

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
    "DischargeSummaryCath",
    "DischargeSummaryCathCoronaryArteryBypassDuringThisAdmission",
    "DischargeSummaryCathDeathDuringThisAdmission",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3828",
    name="Discharge Summary, Cath",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121115", "Discharge Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122163", "Discharge DateTime"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122164", "Coronary Artery Bypass During This Admission"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "260870009", "Procedure Priority"),
            values=(("cid", "B", "3414"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122146", "Procedure DateTime"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122166", "Death During This Admission"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122165", "DateTime of Death"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("NCDR [2.0b]", "25", "Primary Cause of Death"),
            values=(("cid", "D", "3733"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122167", "Death During Catheterization"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
    ),
)


@dataclass(kw_only=True)
class DischargeSummaryCath(TemplatePart):
    """TID 3828 Discharge Summary, Cath."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    discharge_datetime: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: DATETIME EV (122163, DCM, \"Discharge DateTime\"), VM 1, U"""

    coronary_artery_bypass_during_this_admission: (
        DischargeSummaryCathCoronaryArteryBypassDuringThisAdmission | None
    ) = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (122164, DCM, \"Coronary Artery Bypass During This Admission\"), VM 1, U; values DCID 230"""

    death_during_this_admission: DischargeSummaryCathDeathDuringThisAdmission | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (122166, DCM, \"Death During This Admission\"), VM 1, U; values DCID 230"""

    summary: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (55112-7, LN, \"Summary\"), VM 1, U"""


@dataclass(kw_only=True)
class DischargeSummaryCathCoronaryArteryBypassDuringThisAdmission(TemplatePart):
    """Row 3 of TID 3828."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid230Code
    """The value of row 3 (CODE)."""

    procedure_priority: groups.Cid3414Code | Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (260870009, SCT, \"Procedure Priority\"), VM 1, U; values BCID 3414"""

    procedure_datetime: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: DATETIME EV (122146, DCM, \"Procedure DateTime\"), VM 1, U"""


@dataclass(kw_only=True)
class DischargeSummaryCathDeathDuringThisAdmission(TemplatePart):
    """Row 6 of TID 3828."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: groups.Cid230Code
    """The value of row 6 (CODE)."""

    datetime_of_death: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATETIME EV (122165, DCM, \"DateTime of Death\"), VM 1, U"""

    primary_cause_of_death: groups.Cid3733Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (25, NCDR [2.0b], \"Primary Cause of Death\"), VM 1, U; values DCID 3733"""

    death_during_catheterization: groups.Cid230Code | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (122167, DCM, \"Death During Catheterization\"), VM 1, U; values DCID 230"""
