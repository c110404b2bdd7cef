"""TID 3309 Stress Echo Measurement Group.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid5203, tid5204

__all__ = [
    "TEMPLATE",
    "StressEchoMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3309",
    name="Stress Echo Measurement Group",
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
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("code", "DT", "40701008", "SCT", "Echocardiography"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5203",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12200"),)),
                ("$Method", (("cid", "", "12227"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="IF Row 3 measurement concept is in CID 12222 “Orifice Flow Property”",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 3 measurement concept is in CID 12222 “Orifice Flow Property”",
            ),
            values=(("code", "EV", "87878005", "SCT", "Left Ventricle"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5203",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12211"),)),
                ("$Method", (("cid", "", "12227"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="IF Row 5 measurement concept is in CID 12222 “Orifice Flow Property”",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 5 measurement concept is in CID 12222 “Orifice Flow Property”",
            ),
            values=(("code", "EV", "34202007", "SCT", "Aortic Valve"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5203",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12207"),)),
                ("$Method", (("cid", "", "12227"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="IF Row 7 measurement concept is in CID 12222 “Orifice Flow Property”",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 7 measurement concept is in CID 12222 “Orifice Flow Property”",
            ),
            values=(("code", "EV", "91134007", "SCT", "Mitral Valve"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5203",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12208"),)),
                ("$Method", (("cid", "", "12227"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            condition="IF Row 9 measurement concept is in CID 12222 “Orifice Flow Property”",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: Row 9 measurement concept is in CID 12222 “Orifice Flow Property”",
            ),
            values=(("code", "EV", "46030003", "SCT", "Tricuspid Valve"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5204",
            bindings=(
                (
                    "$Procedure",
                    (
                        (
                            "code",
                            "DT",
                            "35757004",
                            "SCT",
                            "Echocardiography for Determining Ventricular Contraction",
                        ),
                    ),
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class StressEchoMeasurementGroup(TemplatePart):
    """TID 3309 Stress Echo Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values DT (40701008, SCT, \"Echocardiography\")"""

    echo_measurement: list[tid5203.EchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 5203, VM 1-n, U"""

    echo_measurement_row_5: list[tid5203.EchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 5203, VM 1-n, U"""

    echo_measurement_row_7: list[tid5203.EchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 5203, VM 1-n, U"""

    echo_measurement_row_9: list[tid5203.EchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 5203, VM 1-n, U"""

    wall_motion_analysis: tid5204.WallMotionAnalysis | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 5204, VM 1, U"""
