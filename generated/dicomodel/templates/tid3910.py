"""TID 3910 Flow Quantification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3929, tid3990

__all__ = [
    "TEMPLATE",
    "FlowQuantification",
    "FlowQuantificationMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3910",
    name="Flow Quantification",
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
            concept=Code("DCM", "111004", "Analysis Performed"),
            values=(("code", "EV", "122604", "DCM", "Flow Quantification"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="3929",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("SCT", "398201009", "Start DateTime"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("SCT", "397898000", "Stop DateTime"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3990",
            bindings=(
                (
                    "$MeasurementGraph",
                    (("code", "EV", "122667", "DCM", "Blood velocity vs. time of cardiac cycle"),),
                ),
                ("$X-Concept", (("code", "EV", "122666", "DCM", "Time relative to R-wave peak"),)),
                ("$Y-Concept", (("code", "EV", "252064005", "SCT", "Arterial Velocity"),)),
                ("$X-AxisUnits", (("code", "DT", "ms", "UCUM", "ms"),)),
                ("$Y-AxisUnits", (("code", "DT", "cm/s", "UCUM", "cm/s"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122642", "Velocity Encoding Minimum Value"),
            units=(("code", "DT", "cm/s", "UCUM", "cm/s"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122643", "Velocity Encoding Maximum Value"),
            units=(("code", "DT", "cm/s", "UCUM", "cm/s"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125007", "Measurement Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="XOR Row 11",
            condition_status="parsed",
            required_if=("not", ("row_present", "11")),
            forbidden_if=("row_present", "11"),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="XOR Row 10",
            condition_status="parsed",
            required_if=("not", ("row_present", "10")),
            forbidden_if=("row_present", "10"),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122207", "DCM", "Blood velocity, peak"),)),
                ("$Units", (("code", "DT", "cm/s", "UCUM", "cm/s"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122205", "DCM", "Blood velocity, mean"),)),
                ("$Units", (("code", "DT", "cm/s", "UCUM", "cm/s"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "58190003", "SCT", "Blood Flow"),)),
                ("$Derivation", (("code", "EV", "373098007", "SCT", "Mean"),)),
                ("$Units", (("code", "DT", "ml/s", "UCUM", "ml/s"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=2,
            bindings=(
                ("$Measurement", (("code", "EV", "58190003", "SCT", "Blood Flow"),)),
                ("$ModType", (("code", "EV", "260674002", "SCT", "Direction of flow"),)),
                ("$ModValue", (("cid", "D", "12221"),)),
                ("$Units", (("code", "DT", "ml/s", "UCUM", "ml/s"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122645", "DCM", "Net Forward Volume"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122645", "DCM", "Net Forward Volume"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "DT", "8277-6", "LN", "BSA"),)),
                ("$Units", (("code", "DT", "ml/m2", "UCUM", "ml/m2"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Derivation", (("cid", "D", "3488"),)),
                ("$Units", (("code", "DT", "mm2", "UCUM", "mm2"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class FlowQuantification(TemplatePart):
    """TID 3910 Flow Quantification."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122604, DCM, \"Flow Quantification\")"""

    cardiovascular_analysis_observation_context: (
        tid3929.CardiovascularAnalysisObservationContext | None
    ) = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 3929, VM 1, U"""

    start_datetime: str = field(metadata={"row": "4"})
    """Row 4: DATETIME EV (398201009, SCT, \"Start DateTime\"), VM 1, M"""

    stop_datetime: str = field(metadata={"row": "5"})
    """Row 5: DATETIME EV (397898000, SCT, \"Stop DateTime\"), VM 1, M"""

    two_dimensional_measurement_graph: tid3990.TwoDimensionalMeasurementGraph | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3990, VM 1, U"""

    velocity_encoding_minimum_value: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (122642, DCM, \"Velocity Encoding Minimum Value\"), VM 1, U; units DT (cm/s, UCUM, \"cm/s\")"""

    velocity_encoding_maximum_value: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (122643, DCM, \"Velocity Encoding Maximum Value\"), VM 1, U; units DT (cm/s, UCUM, \"cm/s\")"""

    measurement_group: list[FlowQuantificationMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CONTAINER EV (125007, DCM, \"Measurement Group\"), VM 1-n, M"""


@dataclass(kw_only=True)
class FlowQuantificationMeasurementGroup(TemplatePart):
    """Row 9 of TID 3910."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    finding_site: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (363698007, SCT, \"Finding Site\"), VM 1, MC: XOR Row 11"""

    finding_site_row_11: Code | None = field(default=None, metadata={"row": "11"})
    """Row 11: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, MC: XOR Row 10"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 300, VM 1, U"""

    measurement_row_13: tid300.Measurement | None = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 300, VM 1, U"""

    measurement_row_14: tid300.Measurement | None = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 300, VM 1, U"""

    measurement_row_15: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 300, VM 1-2, U"""

    measurement_row_16: tid300.Measurement | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 300, VM 1, U"""

    measurement_row_17: tid300.Measurement | None = field(default=None, metadata={"row": "17"})
    """Row 17: INCLUDE DTID 300, VM 1, U"""

    measurement_row_18: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 300, VM 1-n, U"""
