"""TID 2007 Imaging Procedure Description.

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
    from dicomodel.templates import tid1001

__all__ = [
    "TEMPLATE",
    "ImagingProcedureDescription",
    "ImagingProcedureDescriptionTargetRegionRow3",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2007",
    name="Imaging Procedure Description",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "123014", "Target Region"),
            condition="XOR with Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "123014", "Target Region"),
            condition="XOR with Row 2",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
            forbidden_if=("row_present", "2"),
            values=(("cid", "D", "4028"), ("cid", "D", "4030"), ("cid", "D", "4031")),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122142", "Acquisition Device Type"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121065", "Procedure Description"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="DATE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111060", "Study Date"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="TIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111061", "Study Time"),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113701", "X-Ray Radiation Dose Report"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingProcedureDescription(TemplatePart):
    """TID 2007 Imaging Procedure Description."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    observation_context: tid1001.ObservationContext | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: INCLUDE DTID 1001, VM 1, U"""

    target_region: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (123014, DCM, \"Target Region\"), VM 1, MC: XOR with Row 3"""

    target_region_row_3: ImagingProcedureDescriptionTargetRegionRow3 | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (123014, DCM, \"Target Region\"), VM 1, MC: XOR with Row 2; values DCID 4028, DCID 4030, DCID 4031"""

    procedure_description: str = field(metadata={"row": "5"})
    """Row 5: TEXT EV (121065, DCM, \"Procedure Description\"), VM 1, M"""

    study_date: str = field(metadata={"row": "6"})
    """Row 6: DATE EV (111060, DCM, \"Study Date\"), VM 1, M"""

    study_time: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TIME EV (111061, DCM, \"Study Time\"), VM 1, U"""

    x_ray_radiation_dose_report: list[Reference] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: COMPOSITE EV (113701, DCM, \"X-Ray Radiation Dose Report\"), VM 1-n, U"""


@dataclass(kw_only=True)
class ImagingProcedureDescriptionTargetRegionRow3(TemplatePart):
    """Row 3 of TID 2007."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid4028Code | groups.Cid4030Code | groups.Cid4031Code
    """The value of row 3 (CODE)."""

    acquisition_device_type: list[groups.Cid29Code] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (122142, DCM, \"Acquisition Device Type\"), VM 1-n, U; values DCID 29"""
