"""TID 11023 Imaging Agent Administration Graph.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3990

__all__ = [
    "TEMPLATE",
    "ImagingAgentAdministrationGraph",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11023",
    name="Imaging Agent Administration Graph",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130232", "Imaging Agent Administration Graph"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130255", "Referenced Imaging Agent Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3990",
            bindings=(
                ("$MeasurementGraph", (("code", "EV", "130229", "DCM", "Flow Rate vs time"),)),
                (
                    "$X-Concept",
                    (("code", "EV", "130194", "DCM", "Time after the start of injection"),),
                ),
                ("$Y-Concept", (("code", "EV", "122094", "DCM", "Rate of administration"),)),
                ("$X-AxisUnit", (("code", "DT", "ms", "UCUM", "ms"),)),
                ("$Y-AxisUnit", (("code", "DT", "ml/s", "UCUM", "ml/s"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3990",
            bindings=(
                ("$MeasurementGraph", (("code", "EV", "130230", "DCM", "Pressure vs Time"),)),
                (
                    "$X-Concept",
                    (("code", "EV", "130194", "DCM", "Time after the start of injection"),),
                ),
                ("$Y-Concept", (("code", "EV", "279046003", "SCT", "Pressure"),)),
                ("$X-AxisUnit", (("code", "DT", "ms", "UCUM", "ms"),)),
                ("$Y-AxisUnit", (("code", "DT", "kPa", "UCUM", "kPa"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationGraph(TemplatePart):
    """TID 11023 Imaging Agent Administration Graph."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    referenced_imaging_agent_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (130255, DCM, \"Referenced Imaging Agent Identifier\"), VM 1, M"""

    two_dimensional_measurement_graph: tid3990.TwoDimensionalMeasurementGraph = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3990, VM 1, M"""

    two_dimensional_measurement_graph_row_4: tid3990.TwoDimensionalMeasurementGraph | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3990, VM 1, U"""
