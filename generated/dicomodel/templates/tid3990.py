"""TID 3990 Two Dimensional Measurement Graph.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "TwoDimensionalMeasurementGraph",
    "TwoDimensionalMeasurementGraphContainer4",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3990",
    name="Two Dimensional Measurement Graph",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("parameter", "$MeasurementGraph"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122698", "X-Concept"),
            values=(("parameter", "$X-Concept"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122699", "Y-Concept"),
            values=(("parameter", "$Y-Concept"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
            condition="IF Rows 7, 8, or 9 not present",
            condition_status="parsed",
            required_if=(
                "or",
                ("not", ("row_present", "7")),
                ("not", ("row_present", "8")),
                ("not", ("row_present", "9")),
            ),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("parameter", "$X-Concept"),
            units=(("parameter", "$X-AxisUnit"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("parameter", "$Y-Concept"),
            units=(("parameter", "$Y-AxisUnit"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$MeasurementGraph"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="WAVEFORM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$MeasurementGraph"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$MeasurementGraph"),
        ),
    ),
)


@dataclass(kw_only=True)
class TwoDimensionalMeasurementGraph(TemplatePart):
    """TID 3990 Two Dimensional Measurement Graph."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    x_concept: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (122698, DCM, \"X-Concept\"), VM 1, M; values $X-Concept"""

    y_concept: Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (122699, DCM, \"Y-Concept\"), VM 1, M; values $Y-Concept"""

    container_4: list[TwoDimensionalMeasurementGraphContainer4] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CONTAINER -, VM 1-n, MC: IF Rows 7, 8, or 9 not present"""

    measurementgraph: Named[Reference] | None = field(default=None, metadata={"row": "7"})
    """Row 7: IMAGE $MeasurementGraph, VM 1, U"""

    measurementgraph_row_8: Named[Reference] | None = field(default=None, metadata={"row": "8"})
    """Row 8: WAVEFORM $MeasurementGraph, VM 1, U"""

    measurementgraph_row_9: Named[Reference] | None = field(default=None, metadata={"row": "9"})
    """Row 9: COMPOSITE $MeasurementGraph, VM 1, U"""


@dataclass(kw_only=True)
class TwoDimensionalMeasurementGraphContainer4(TemplatePart):
    """Row 4 of TID 3990."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    x_concept: Named[Num] = field(metadata={"row": "5"})
    """Row 5: NUM $X-Concept, VM 1, M; units $X-AxisUnit"""

    y_concept: Named[Num] = field(metadata={"row": "6"})
    """Row 6: NUM $Y-Concept, VM 1, M; units $Y-AxisUnit"""
