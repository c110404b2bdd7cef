"""TID 9005 Risk Factor.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RiskFactor",
    "RiskFactorRiskFactor",
    "RiskFactorRiskFactorFamilyMemberWithRiskFactor",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9005",
    name="Risk Factor",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111515", "Relevant Risk Factors"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "80943009", "Risk factor"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$RiskList"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111530", "Risk Factor modifier"),
            values=(("code", "EV", "57177007", "SCT", "Family history of"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="NUM",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "18185-9", "Gestational Age"),
            condition='IFF value of Row 2 = (161765003, SCT, "History of - premature delivery")',
            condition_status="parsed",
            required_if=("row_code", "2", (("161765003", "SCT"),)),
            forbidden_if=("not", ("row_code", "2", (("161765003", "SCT"),))),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111534", "Role of person reporting"),
            values=(("cid", "D", "7450"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111538", "Age at Occurrence"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "103335007", "Duration"),
            units=(("cid", "D", "6046"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "111537", "Family Member with Risk Factor"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$FamilyList"),),
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111538", "Age at Occurrence"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111539", "Menopausal phase"),
            values=(("cid", "D", "6086"),),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111540", "Side of Family"),
            values=(("cid", "D", "6097"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RiskFactor(TemplatePart):
    """TID 9005 Risk Factor."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    risk_factor: list[RiskFactorRiskFactor] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE EV (80943009, SCT, \"Risk factor\"), VM 1-n, M; values $RiskList"""


@dataclass(kw_only=True)
class RiskFactorRiskFactor(TemplatePart):
    """Row 2 of TID 9005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    risk_factor_modifier: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (111530, DCM, \"Risk Factor modifier\"), VM 1, U; values EV (57177007, SCT, \"Family history of\")"""

    gestational_age: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (18185-9, LN, \"Gestational Age\"), VM 1, UC: IFF value of Row 2 = (161765003, SCT, \"History of - premature delivery\")"""

    role_of_person_reporting: groups.Cid7450Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (111534, DCM, \"Role of person reporting\"), VM 1, U; values DCID 7450"""

    age_at_occurrence: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (111538, DCM, \"Age at Occurrence\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    duration: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (103335007, SCT, \"Duration\"), VM 1, U; units DCID 6046"""

    comment: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    family_member_with_risk_factor: list[RiskFactorRiskFactorFamilyMemberWithRiskFactor] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (111537, DCM, \"Family Member with Risk Factor\"), VM 1-n, U; values $FamilyList"""


@dataclass(kw_only=True)
class RiskFactorRiskFactorFamilyMemberWithRiskFactor(TemplatePart):
    """Row 9 of TID 9005."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Code
    """The value of row 9 (CODE)."""

    age_at_occurrence: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (111538, DCM, \"Age at Occurrence\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    menopausal_phase: groups.Cid6086Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (111539, DCM, \"Menopausal phase\"), VM 1, U; values DCID 6086"""

    side_of_family: groups.Cid6097Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (111540, DCM, \"Side of Family\"), VM 1, U; values DCID 6097"""
