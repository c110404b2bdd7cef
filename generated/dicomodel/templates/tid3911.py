"""TID 3911 Plaque Properties.

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
    from dicomodel.templates import tid3905

__all__ = [
    "TEMPLATE",
    "PlaqueProperties",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3911",
    name="Plaque Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122376", "Total Plaque Volume"),
            units=(("code", "DT", "mm3", "UCUM", "mm3"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "112233002", "Margin"),
            values=(("cid", "D", "3715"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "49755003", "Morphologically Abnormal Structure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3802"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="3905",
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "DT", "413912008", "SCT", "Contrast Media Seen in Plaque"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PlaqueProperties(TemplatePart):
    """TID 3911 Plaque Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    total_plaque_volume: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (122376, DCM, \"Total Plaque Volume\"), VM 1, U; units DT (mm3, UCUM, \"mm3\")"""

    margin: groups.Cid3715Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (112233002, SCT, \"Margin\"), VM 1, U; values DCID 3715"""

    morphologically_abnormal_structure: list[groups.Cid3802Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (49755003, SCT, \"Morphologically Abnormal Structure\"), VM 1-n, M; values DCID 3802"""

    calcium_scoring_results: tid3905.CalciumScoringResults | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3905, VM 1, U"""

    finding: Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values DT (413912008, SCT, \"Contrast Media Seen in Plaque\")"""
