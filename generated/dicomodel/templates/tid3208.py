"""TID 3208 Frame-to-Frame Results.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "FrameToFrameResults",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3208",
    name="Frame-to-Frame Results",
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
            concept=Code("DCM", "111004", "Analysis Performed"),
            values=(("code", "EV", "122499", "DCM", "Frame to Frame Analysis"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="IMAGE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121112", "Source of Measurement"),
            vm_min=1,
            vm_max=2,
            condition="VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: VM = 1: Single plane analysis, VM = 2: Biplane analysis",
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122429", "Volume Method"),
            values=(("cid", "D", "3453"),),
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
                ("$Measurement", (("cid", "D", "3471"),)),
                ("$TargetSite", (("cid", "D", "3462"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "122445", "DCM", "Wall Thickness"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class FrameToFrameResults(TemplatePart):
    """TID 3208 Frame-to-Frame Results."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    analysis_performed: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111004, DCM, \"Analysis Performed\"), VM 1, M; values EV (122499, DCM, \"Frame to Frame Analysis\")"""

    source_of_measurement: list[Reference] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: IMAGE EV (121112, DCM, \"Source of Measurement\"), VM 1-2, M: VM = 1: Single plane analysis, VM = 2: Biplane analysis"""

    volume_method: groups.Cid3453Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (122429, DCM, \"Volume Method\"), VM 1, M; values DCID 3453"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1-n, M"""

    measurement_row_6: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 300, VM 1-n, U"""

    image_7: list[Reference] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: IMAGE -, VM 1-n, U"""
