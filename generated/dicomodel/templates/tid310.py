"""TID 310 Measurement Properties.

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
    from dicomodel.templates import tid311, tid312

__all__ = [
    "TEMPLATE",
    "MeasurementProperties",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="310",
    name="Measurement Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121402", "Normality"),
            values=(("cid", "D", "222"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="311",
            bindings=(("$RefAuthority", (("parameter", "$RefAuthority"),)),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="312",
            bindings=(("$RangeAuthority", (("parameter", "$RangeAuthority"),)),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121403", "Level of Significance"),
            values=(("cid", "D", "220"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "225"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "121404", "Selection Status"),
            values=(("cid", "D", "224"),),
        ),
    ),
)


@dataclass(kw_only=True)
class MeasurementProperties(TemplatePart):
    """TID 310 Measurement Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    normality: groups.Cid222Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (121402, DCM, \"Normality\"), VM 1, U; values DCID 222"""

    measurement_statistical_properties: tid311.MeasurementStatisticalProperties | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 311, VM 1, U"""

    normal_range_properties: tid312.NormalRangeProperties | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 312, VM 1, U"""

    level_of_significance: groups.Cid220Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121403, DCM, \"Level of Significance\"), VM 1, U; values DCID 220"""

    cid_225: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: NUM DCID 225, VM 1-n, U"""

    selection_status: groups.Cid224Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (121404, DCM, \"Selection Status\"), VM 1, U; values DCID 224"""
