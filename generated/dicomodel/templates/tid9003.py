"""TID 9003 Previous Procedure.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4207

__all__ = [
    "TEMPLATE",
    "PreviousProcedure",
    "PreviousProcedurePreviousProcedure",
    "PreviousProcedurePreviousProcedureComplicationOfProcedure",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9003",
    name="Previous Procedure",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111513", "Relevant Previous Procedures"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111531", "Previous Procedure"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ProcedureList"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111464", "Procedure Modifier"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ProcedureModifier"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111534", "Role of person reporting"),
            values=(("cid", "D", "7450"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("parameter", "$NumConceptName"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("parameter", "$LateralityValue"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="DATETIME",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122146", "Procedure DateTime"),
            condition="XOR Row 8",
            condition_status="parsed",
            required_if=("not", ("row_present", "8")),
            forbidden_if=("row_present", "8"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111395", "Estimated Timeframe"),
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
            values=(("cid", "B", "6164"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246432004", "Number of occurrences"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116224001", "Complication of procedure"),
            vm_min=1,
            vm_max=None,
            values=(("parameter", "$ComplicationValue"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111466", "Severity of Complication"),
            values=(("cid", "D", "251"),),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122177", "Procedure Result"),
            values=(("parameter", "$ProcedureResult"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="4207",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class PreviousProcedure(TemplatePart):
    """TID 9003 Previous Procedure."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    previous_procedure: list[PreviousProcedurePreviousProcedure] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (111531, DCM, \"Previous Procedure\"), VM 1-n, M; values $ProcedureList"""


@dataclass(kw_only=True)
class PreviousProcedurePreviousProcedure(TemplatePart):
    """Row 2 of TID 9003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Code
    """The value of row 2 (CODE)."""

    procedure_modifier: list[Code] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: CODE EV (111464, DCM, \"Procedure Modifier\"), VM 1-n, U; values $ProcedureModifier"""

    role_of_person_reporting: groups.Cid7450Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (111534, DCM, \"Role of person reporting\"), VM 1, U; values DCID 7450"""

    numconceptname: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: NUM $NumConceptName, VM 1-n, U"""

    laterality: Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values $LateralityValue"""

    procedure_datetime: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATETIME EV (122146, DCM, \"Procedure DateTime\"), VM 1, UC: XOR Row 8"""

    estimated_timeframe: groups.Cid6164Code | Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (111395, DCM, \"Estimated Timeframe\"), VM 1, UC: XOR Row 7; values BCID 6164"""

    number_of_occurrences: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (246432004, SCT, \"Number of occurrences\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    complication_of_procedure: list[PreviousProcedurePreviousProcedureComplicationOfProcedure] = (
        field(default_factory=no_items, metadata={"row": "10"})
    )
    """Row 10: CODE EV (116224001, SCT, \"Complication of procedure\"), VM 1-n, U; values $ComplicationValue"""

    procedure_result: Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (122177, DCM, \"Procedure Result\"), VM 1, U; values $ProcedureResult"""

    breast_imaging_pathology_results: list[tid4207.BreastImagingPathologyResults] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 4207, VM 1-n, U"""


@dataclass(kw_only=True)
class PreviousProcedurePreviousProcedureComplicationOfProcedure(TemplatePart):
    """Row 10 of TID 9003."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    value: Code
    """The value of row 10 (CODE)."""

    severity_of_complication: groups.Cid251Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (111466, DCM, \"Severity of Complication\"), VM 1, U; values DCID 251"""
