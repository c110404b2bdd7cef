"""TID 3207 AA Main Results.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "AAMainResults",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3207",
    name="AA Main Results",
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
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "3462"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122429", "Volume Method"),
            values=(("cid", "D", "3453"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122435", "Regression Volume Exponent"),
            units=(("code", "DT", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122431", "Regression Slope ED"),
            units=(("code", "DT", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122432", "Regression Offset ED"),
            units=(("code", "DT", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122433", "Regression Slope ES"),
            units=(("code", "DT", "{ratio}", "UCUM", "ratio"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122434", "Regression Offset ES"),
            units=(("code", "DT", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3468"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3469"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="11",
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
class AAMainResults(TemplatePart):
    """TID 3207 AA Main Results."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: groups.Cid3462Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DCID 3462"""

    volume_method: groups.Cid3453Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (122429, DCM, \"Volume Method\"), VM 1, M; values DCID 3453"""

    regression_volume_exponent: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (122435, DCM, \"Regression Volume Exponent\"), VM 1, U; units DT (1, UCUM, \"no units\")"""

    regression_slope_ed: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (122431, DCM, \"Regression Slope ED\"), VM 1, U; units DT ({ratio}, UCUM, \"ratio\")"""

    regression_offset_ed: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (122432, DCM, \"Regression Offset ED\"), VM 1, U; units DT (ml, UCUM, \"ml\")"""

    regression_slope_es: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (122433, DCM, \"Regression Slope ES\"), VM 1, U; units DT ({ratio}, UCUM, \"ratio\")"""

    regression_offset_es: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (122434, DCM, \"Regression Offset ES\"), VM 1, U; units DT (ml, UCUM, \"ml\")"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, U"""

    measurement_row_10: tid300.Measurement | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, U"""

    image_11: list[Reference] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: IMAGE -, VM 1-n, U"""
