"""TID 10049 Radiation Field Area.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RadiationFieldArea",
    "RadiationFieldAreaRadiationFieldOutline",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10049",
    name="Radiation Field Area",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130516", "Radiation Field Area"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="SCOORD3D",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130517", "Radiation Field Outline"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130518", "Value Timing"),
            values=(("cid", "D", "10073"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationFieldArea(TemplatePart):
    """TID 10049 Radiation Field Area."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    radiation_field_outline: list[RadiationFieldAreaRadiationFieldOutline] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: SCOORD3D EV (130517, DCM, \"Radiation Field Outline\"), VM 1-n, M"""


@dataclass(kw_only=True)
class RadiationFieldAreaRadiationFieldOutline(TemplatePart):
    """Row 5 of TID 10049."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Coordinates
    """The value of row 5 (SCOORD3D)."""

    value_timing: groups.Cid10073Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (130518, DCM, \"Value Timing\"), VM 1, U; values DCID 10073"""
