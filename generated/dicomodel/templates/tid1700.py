"""TID 1700 Generic Blood Lab Measurements.

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
    from dicomodel.templates import tid300, tid1000

__all__ = [
    "TEMPLATE",
    "GenericBloodLabMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1700",
    name="Generic Blood Lab Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122125", "Blood lab measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "111469", "Sampling DateTime"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "371439000", "Specimen Type"),
            values=(("cid", "D", "3520"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "363704007", "Procedure site"),
            values=(("cid", "B", "3630"),),
        ),
        RowDef(key="5", nesting=1, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("parameter", "$Measurement"),)),
                ("$Units", (("parameter", "$Units"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class GenericBloodLabMeasurements(TemplatePart):
    """TID 1700 Generic Blood Lab Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    sampling_datetime: str = field(metadata={"row": "2"})
    """Row 2: DATETIME EV (111469, DCM, \"Sampling DateTime\"), VM 1, M"""

    specimen_type: groups.Cid3520Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (371439000, SCT, \"Specimen Type\"), VM 1, M; values DCID 3520"""

    procedure_site: groups.Cid3630Code | Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (363704007, SCT, \"Procedure site\"), VM 1, M; values BCID 3630"""

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 1000, VM 1, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1-n, M"""
