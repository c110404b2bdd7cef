"""TID 3820 Adverse Outcomes, Cath.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "AdverseOutcomesCath",
    "AdverseOutcomesCathComplicationOfProcedure",
    "AdverseOutcomesCathComplicationOfProcedureRow4",
    "AdverseOutcomesCathPeriProceduralMiOccurred",
    "AdverseOutcomesCathPeriProceduralMiOccurredCkMbPeak",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3820",
    name="Adverse Outcomes, Cath",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55109-3", "Complications"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "116224001", "Complication of Procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3755"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "118578006", "Relative Time"),
            values=(("cid", "D", "12102"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "116224001", "Complication of Procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3754"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "118578006", "Relative Time"),
            values=(("cid", "D", "12102"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "116224001", "Complication of Procedure"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122179", "Peri-procedural MI occurred"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "122181", "CK-MB peak"),
            units=(("code", "EV", "[iU]", "UCUM", "International unit"),),
        ),
        RowDef(
            key="9",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "371933006", "Normal Range Upper Limit"),
            units=(("code", "EV", "[iU]", "UCUM", "International unit"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="INFERRED FROM",
            concept=Code("DCM", "122180", "CK-MB baseline"),
            units=(("code", "EV", "[iU]", "UCUM", "International unit"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121080", "Best illustration of finding"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class AdverseOutcomesCath(TemplatePart):
    """TID 3820 Adverse Outcomes, Cath."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    complication_of_procedure: list[AdverseOutcomesCathComplicationOfProcedure] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (116224001, SCT, \"Complication of Procedure\"), VM 1-n, U; values DCID 3755"""

    complication_of_procedure_row_4: list[AdverseOutcomesCathComplicationOfProcedureRow4] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (116224001, SCT, \"Complication of Procedure\"), VM 1-n, U; values DCID 3754"""

    complication_of_procedure_row_6: list[str] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: TEXT EV (116224001, SCT, \"Complication of Procedure\"), VM 1-n, U"""

    peri_procedural_mi_occurred: AdverseOutcomesCathPeriProceduralMiOccurred | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (122179, DCM, \"Peri-procedural MI occurred\"), VM 1, U; values DCID 230"""

    best_illustration_of_finding: list[Reference] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: IMAGE DT (121080, DCM, \"Best illustration of finding\"), VM 1-n, U"""


@dataclass(kw_only=True)
class AdverseOutcomesCathComplicationOfProcedure(TemplatePart):
    """Row 2 of TID 3820."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: groups.Cid3755Code
    """The value of row 2 (CODE)."""

    relative_time: groups.Cid12102Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (118578006, SCT, \"Relative Time\"), VM 1, U; values DCID 12102"""


@dataclass(kw_only=True)
class AdverseOutcomesCathComplicationOfProcedureRow4(TemplatePart):
    """Row 4 of TID 3820."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid3754Code
    """The value of row 4 (CODE)."""

    relative_time: groups.Cid12102Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (118578006, SCT, \"Relative Time\"), VM 1, U; values DCID 12102"""


@dataclass(kw_only=True)
class AdverseOutcomesCathPeriProceduralMiOccurred(TemplatePart):
    """Row 7 of TID 3820."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid230Code
    """The value of row 7 (CODE)."""

    ck_mb_peak: AdverseOutcomesCathPeriProceduralMiOccurredCkMbPeak | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: NUM EV (122181, DCM, \"CK-MB peak\"), VM 1, U; units EV ([iU], UCUM, \"International unit\")"""

    ck_mb_baseline: Num = field(metadata={"row": "10"})
    """Row 10: NUM EV (122180, DCM, \"CK-MB baseline\"), VM 1, M; units EV ([iU], UCUM, \"International unit\")"""


@dataclass(kw_only=True)
class AdverseOutcomesCathPeriProceduralMiOccurredCkMbPeak(TemplatePart):
    """Row 8 of TID 3820."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: Num
    """The value of row 8 (NUM)."""

    normal_range_upper_limit: Num = field(metadata={"row": "9"})
    """Row 9: NUM EV (371933006, SCT, \"Normal Range Upper Limit\"), VM 1, M; units EV ([iU], UCUM, \"International unit\")"""
