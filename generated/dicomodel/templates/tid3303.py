"""TID 3303 Stress Test Phase Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3301, tid3304, tid3307, tid3309

__all__ = [
    "TEMPLATE",
    "StressTestPhaseData",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3303",
    name="Stress Test Phase Data",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "128954007", "Procedure phase"),
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
            values=(("cid", "B", "3207"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "128954007", "Procedure phase"),
            condition="IFF Nuclear Imaging; XOR Row 2",
            condition_status="undecidable",
            required_if=(
                "and",
                ("unknown", "outside the content tree: IFF Nuclear Imaging"),
                ("not", ("row_present", "2")),
            ),
            forbidden_if=(
                "or",
                ("not", ("unknown", "outside the content tree: IFF Nuclear Imaging")),
                ("row_present", "2"),
            ),
            values=(("cid", "D", "3101"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "128954007", "Procedure phase"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="3301",
            condition="IFF protocol changed from initial specification",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF protocol changed from initial specification",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF protocol changed from initial specification",
                ),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "109055", "Protocol Stage"),
            units=(("code", "DT", "{stage}", "UCUM", "stage"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3304",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="3307",
            condition="IFF Nuclear or PET Imaging",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Nuclear or PET Imaging"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Nuclear or PET Imaging"),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="3309",
            condition="IFF Echocardiography Imaging",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Echocardiography Imaging"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Echocardiography Imaging"),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class StressTestPhaseData(TemplatePart):
    """TID 3303 Stress Test Phase Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_phase: groups.Cid3207Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (128954007, SCT, \"Procedure phase\"), VM 1, MC: XOR Row 3; values BCID 3207"""

    procedure_phase_row_3: groups.Cid3101Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (128954007, SCT, \"Procedure phase\"), VM 1, MC: IFF Nuclear Imaging; XOR Row 2; values DCID 3101"""

    procedure_phase_row_4: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (128954007, SCT, \"Procedure phase\"), VM 1, U"""

    stress_test_procedure_description: tid3301.StressTestProcedureDescription | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3301, VM 1, MC: IFF protocol changed from initial specification"""

    protocol_stage: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (109055, DCM, \"Protocol Stage\"), VM 1, U; units DT ({stage}, UCUM, \"stage\")"""

    stress_test_measurement_group: list[tid3304.StressTestMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3304, VM 1-n, U"""

    nm_pet_perfusion_measurement_group: tid3307.NMPETPerfusionMeasurementGroup | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3307, VM 1, MC: IFF Nuclear or PET Imaging"""

    stress_echo_measurement_group: tid3309.StressEchoMeasurementGroup | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3309, VM 1, UC: IFF Echocardiography Imaging"""
