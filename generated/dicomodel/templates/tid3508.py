"""TID 3508 Gradient Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3530, tid3550

__all__ = [
    "TEMPLATE",
    "GradientMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3508",
    name="Gradient Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122123", "Gradient assessment"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            include="3530",
            condition="XOR with Rows 3 & 4\nIFF single location is appropriate",
            condition_status="undecidable",
            required_if=(
                "and",
                ("not", ("or", ("row_present", "3"), ("row_present", "4"))),
                ("unknown", "outside the content tree: IFF single location is appropriate"),
            ),
            forbidden_if=(
                "or",
                ("or", ("row_present", "3"), ("row_present", "4")),
                (
                    "not",
                    ("unknown", "outside the content tree: IFF single location is appropriate"),
                ),
            ),
            bindings=(
                ("$LocationName", (("code", "EV", "363698007", "SCT", "Finding Site"),)),
                ("$LocationValue", (("cid", "D", "3610"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            include="3530",
            condition="XOR with Row 2\nIFF a dual location is appropriate",
            condition_status="undecidable",
            required_if=(
                "and",
                ("not", ("row_present", "2")),
                ("unknown", "outside the content tree: IFF a dual location is appropriate"),
            ),
            forbidden_if=(
                "or",
                ("row_present", "2"),
                (
                    "not",
                    ("unknown", "outside the content tree: IFF a dual location is appropriate"),
                ),
            ),
            bindings=(
                ("$LocationName", (("code", "EV", "121116", "DCM", "Proximal Finding Site"),)),
                ("$LocationValue", (("cid", "D", "3630"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            include="3530",
            condition="XOR with Row 2\nIFF a dual location is appropriate",
            condition_status="undecidable",
            required_if=(
                "and",
                ("not", ("row_present", "2")),
                ("unknown", "outside the content tree: IFF a dual location is appropriate"),
            ),
            forbidden_if=(
                "or",
                ("row_present", "2"),
                (
                    "not",
                    ("unknown", "outside the content tree: IFF a dual location is appropriate"),
                ),
            ),
            bindings=(
                ("$LocationName", (("code", "EV", "121117", "DCM", "Distal Finding Site"),)),
                ("$LocationValue", (("cid", "D", "3630"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "251081004", "SCT", "Pressure Gradient"),)),
                ("$Units", (("cid", "D", "3500"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3550",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class GradientMeasurement(TemplatePart):
    """TID 3508 Gradient Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    hemodynamic_acquisition_context: tid3530.HemodynamicAcquisitionContext | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3530, VM 1, MC: XOR with Rows 3 & 4 IFF single location is appropriate"""

    hemodynamic_acquisition_context_row_3: tid3530.HemodynamicAcquisitionContext | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3530, VM 1, MC: XOR with Row 2 IFF a dual location is appropriate"""

    hemodynamic_acquisition_context_row_4: tid3530.HemodynamicAcquisitionContext | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3530, VM 1, MC: XOR with Row 2 IFF a dual location is appropriate"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1-n, M"""

    pressure_waveform_measurements: list[tid3550.PressureWaveformMeasurements] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3550, VM 1-n, U"""
