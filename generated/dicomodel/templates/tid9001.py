"""TID 9001 Gynecological History.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "GynecologicalHistory",
    "GynecologicalHistoryAgeWhenHysterectomyPerformed",
    "GynecologicalHistoryBreastFeedingHistory",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9001",
    name="Gynecological History",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "267011001", "Gynecological History"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111534", "Role of person reporting"),
            values=(("cid", "D", "7450"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8665-2", "Last menstrual period"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111518", "Age when first menstrual period occurred"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111519", "Age at First Full Term Pregnancy"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11977-6", "Para"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11639-2", "Term"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11637-6", "Preterm"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11636-8", "Live Births"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111593", "LBW or IUGR"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11996-6", "Gravida"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11612-9", "Aborta"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "33065-4", "Ectopic Pregnancies"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111520", "Age at Menopause"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111521", "Age when hysterectomy performed"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "255590007", "Extent"),
            values=(
                ("code", "EV", "255594003", "SCT", "Complete"),
                ("code", "EV", "255609007", "SCT", "Partial"),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111522", "Age when left ovary removed"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111523", "Age when right ovary removed"),
            units=(("code", "EV", "a", "UCUM", "Year"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111543", "Breast feeding history"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111544", "Average breast feeding period"),
            units=(("code", "EV", "wk", "UCUM", "Week"),),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "364320009", "Pregnancy observable"),
            values=(("cid", "D", "6096"),),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111391", "Menstrual Cycle Phase"),
            values=(("cid", "D", "6163"),),
        ),
    ),
)


@dataclass(kw_only=True)
class GynecologicalHistory(TemplatePart):
    """TID 9001 Gynecological History."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    role_of_person_reporting: groups.Cid7450Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (111534, DCM, \"Role of person reporting\"), VM 1, U; values DCID 7450"""

    last_menstrual_period: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATE EV (8665-2, LN, \"Last menstrual period\"), VM 1, U"""

    age_when_first_menstrual_period_occurred: Num | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: NUM EV (111518, DCM, \"Age when first menstrual period occurred\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    age_at_first_full_term_pregnancy: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (111519, DCM, \"Age at First Full Term Pregnancy\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    para: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (11977-6, LN, \"Para\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    term: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (11639-2, LN, \"Term\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    preterm: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (11637-6, LN, \"Preterm\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    live_births: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (11636-8, LN, \"Live Births\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    lbw_or_iugr: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (111593, DCM, \"LBW or IUGR\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    gravida: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (11996-6, LN, \"Gravida\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    aborta: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (11612-9, LN, \"Aborta\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    ectopic_pregnancies: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (33065-4, LN, \"Ectopic Pregnancies\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    age_at_menopause: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (111520, DCM, \"Age at Menopause\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    age_when_hysterectomy_performed: GynecologicalHistoryAgeWhenHysterectomyPerformed | None = (
        field(default=None, metadata={"row": "15"})
    )
    """Row 15: NUM EV (111521, DCM, \"Age when hysterectomy performed\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    age_when_left_ovary_removed: Num | None = field(default=None, metadata={"row": "17"})
    """Row 17: NUM EV (111522, DCM, \"Age when left ovary removed\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    age_when_right_ovary_removed: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (111523, DCM, \"Age when right ovary removed\"), VM 1, U; units EV (a, UCUM, \"Year\")"""

    breast_feeding_history: GynecologicalHistoryBreastFeedingHistory | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: CODE EV (111543, DCM, \"Breast feeding history\"), VM 1, U; values DCID 230"""

    pregnancy_observable: groups.Cid6096Code | None = field(default=None, metadata={"row": "21"})
    """Row 21: CODE EV (364320009, SCT, \"Pregnancy observable\"), VM 1, U; values DCID 6096"""

    menstrual_cycle_phase: groups.Cid6163Code | None = field(default=None, metadata={"row": "22"})
    """Row 22: CODE EV (111391, DCM, \"Menstrual Cycle Phase\"), VM 1, U; values DCID 6163"""


@dataclass(kw_only=True)
class GynecologicalHistoryAgeWhenHysterectomyPerformed(TemplatePart):
    """Row 15 of TID 9001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    value: Num
    """The value of row 15 (NUM)."""

    extent: Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (255590007, SCT, \"Extent\"), VM 1, U; values EV (255594003, SCT, \"Complete\"), EV (255609007, SCT, \"Partial\")"""


@dataclass(kw_only=True)
class GynecologicalHistoryBreastFeedingHistory(TemplatePart):
    """Row 19 of TID 9001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "19"

    value: groups.Cid230Code
    """The value of row 19 (CODE)."""

    average_breast_feeding_period: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (111544, DCM, \"Average breast feeding period\"), VM 1, U; units EV (wk, UCUM, \"Week\")"""
