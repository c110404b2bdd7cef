"""TID 3460 Projection Radiography Acquisition Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ProjectionRadiographyAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3460",
    name="Projection Radiography Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130324", "Functional condition present during acquisition"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "91"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "364062005", "Respiration Observable"),
            values=(("cid", "B", "3823"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "276334009", "Joint position"),
            values=(("cid", "B", "92"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "109132", "Joint positioning method"),
            values=(("cid", "B", "93"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "109133", "Physical force"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "94"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ProjectionRadiographyAcquisitionContext(TemplatePart):
    """TID 3460 Projection Radiography Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    functional_condition_present_during_acquisition: list[groups.Cid91Code | Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE DT (130324, DCM, \"Functional condition present during acquisition\"), VM 1-n, U; values BCID 91"""

    respiration_observable: groups.Cid3823Code | Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE DT (364062005, SCT, \"Respiration Observable\"), VM 1, U; values BCID 3823"""

    joint_position: groups.Cid92Code | Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE DT (276334009, SCT, \"Joint position\"), VM 1, U; values BCID 92"""

    joint_positioning_method: groups.Cid93Code | Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE DT (109132, DCM, \"Joint positioning method\"), VM 1, U; values BCID 93"""

    physical_force: list[groups.Cid94Code | Code] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE DT (109133, DCM, \"Physical force\"), VM 1-n, U; values BCID 94"""
