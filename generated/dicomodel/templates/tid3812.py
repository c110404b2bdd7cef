"""TID 3812 Hemodynamic Findings.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1350, tid3819

__all__ = [
    "TEMPLATE",
    "HemodynamicFindings",
    "HemodynamicFindingsFinding",
    "HemodynamicFindingsCid3641",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3812",
    name="Hemodynamic Findings",
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
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("code", "DT", "44324008", "SCT", "Hemodynamic measurements"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3640"),),
        ),
        RowDef(key="4", nesting=2, value_type="INCLUDE", requirement="U", include="1350"),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3641"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3642"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "260905004", "Condition"),
            values=(("code", "EV", "414576002", "SCT", "Large v-wave"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "413985002", "SCT", "Diastolic pressure equalization"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3819",
            vm_min=1,
            vm_max=None,
            bindings=(("$Report", (("code", "DT", "122120", "DCM", "Hemodynamics Report"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class HemodynamicFindings(TemplatePart):
    """TID 3812 Hemodynamic Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values DT (44324008, SCT, \"Hemodynamic measurements\")"""

    finding: list[HemodynamicFindingsFinding] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3640"""

    cid_3641: list[HemodynamicFindingsCid3641] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE DCID 3641, VM 1-n, U; values DCID 3642"""

    finding_row_8: Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values EV (413985002, SCT, \"Diastolic pressure equalization\")"""

    common_findings: list[tid3819.CommonFindings] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3819, VM 1-n, U"""


@dataclass(kw_only=True)
class HemodynamicFindingsFinding(TemplatePart):
    """Row 3 of TID 3812."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid3640Code
    """The value of row 3 (CODE)."""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1350, VM 1, U"""

    severity: groups.Cid3716Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values DCID 3716"""


@dataclass(kw_only=True)
class HemodynamicFindingsCid3641(TemplatePart):
    """Row 6 of TID 3812."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    concept: groups.Cid3641Code
    """The concept name of row 6."""

    value: groups.Cid3642Code
    """The value of row 6 (CODE)."""

    condition: Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (260905004, SCT, \"Condition\"), VM 1, U; values EV (414576002, SCT, \"Large v-wave\")"""
