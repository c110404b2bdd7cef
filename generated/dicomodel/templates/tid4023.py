"""TID 4023 CAD Operating Points.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "CADOperatingPoints",
    "CADOperatingPointsCadOperatingPointTable",
    "CADOperatingPointsCadOperatingPointTableCadOperatingPoint",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4023",
    name="CAD Operating Points",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111072", "Maximum CAD Operating Point"),
            units=(("code", "DT", "[arb'U]", "UCUM", "arbitrary unit"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111092", "Recommended CAD Operating Point"),
            units=(("code", "DT", "{0:n}", "UCUM", "range: 0:n"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CONTAINER",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111093", "CAD Operating Point Table"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122698", "X-Concept"),
            values=(("cid", "D", "6048"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122699", "Y-Concept"),
            values=(("cid", "D", "6048"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111071", "CAD Operating Point"),
            vm_min=1,
            vm_max=None,
            condition="Number of instances of this row shall equal value of Row 1, plus 1.",
            condition_status="parsed",
            count=("count_is_value", (), "1", 1),
            units=(("code", "DT", "{0:n}", "UCUM", "range: 0:n"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111081", "CAD Operating Point Description"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("row", "4"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept_ref=("row", "5"),
        ),
    ),
)


@dataclass(kw_only=True)
class CADOperatingPoints(TemplatePart):
    """TID 4023 CAD Operating Points."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    maximum_cad_operating_point: Num = field(metadata={"row": "1"})
    """Row 1: NUM EV (111072, DCM, \"Maximum CAD Operating Point\"), VM 1, M; units DT ([arb'U], UCUM, \"arbitrary unit\")"""

    recommended_cad_operating_point: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (111092, DCM, \"Recommended CAD Operating Point\"), VM 1, U; units DT ({0:n}, UCUM, \"range: 0:n\")"""

    cad_operating_point_table: CADOperatingPointsCadOperatingPointTable | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (111093, DCM, \"CAD Operating Point Table\"), VM 1, U"""


@dataclass(kw_only=True)
class CADOperatingPointsCadOperatingPointTable(TemplatePart):
    """Row 3 of TID 4023."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    x_concept: groups.Cid6048Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (122698, DCM, \"X-Concept\"), VM 1, M; values DCID 6048"""

    y_concept: groups.Cid6048Code = field(metadata={"row": "5"})
    """Row 5: CODE EV (122699, DCM, \"Y-Concept\"), VM 1, M; values DCID 6048"""

    cad_operating_point: list[CADOperatingPointsCadOperatingPointTableCadOperatingPoint] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: NUM EV (111071, DCM, \"CAD Operating Point\"), VM 1-n, M: Number of instances of this row shall equal value of Row 1, plus 1.; units DT ({0:n}, UCUM, \"range: 0:n\")"""


@dataclass(kw_only=True)
class CADOperatingPointsCadOperatingPointTableCadOperatingPoint(TemplatePart):
    """Row 6 of TID 4023."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Num
    """The value of row 6 (NUM)."""

    cad_operating_point_description: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (111081, DCM, \"CAD Operating Point Description\"), VM 1, U"""

    row_4: Named[Num] | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM value of Row 4, VM 1, U"""

    row_5: Named[Num] | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM value of Row 5, VM 1, U"""
