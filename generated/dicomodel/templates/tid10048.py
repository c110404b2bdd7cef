"""TID 10048 Radiation Output.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RadiationOutput",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10048",
    name="Radiation Output",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130514", "Radiation Output"),
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
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130515", "Air Kerma at Output Measurement Point"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TABLE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130515", "Air Kerma at Output Measurement Point"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiationOutput(TemplatePart):
    """TID 10048 Radiation Output."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    air_kerma_at_output_measurement_point: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (130515, DCM, \"Air Kerma at Output Measurement Point\"), VM 1, MC: XOR Row 6; units EV (mGy, UCUM, \"mGy\")"""

    air_kerma_at_output_measurement_point_row_6: ContentItem | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: TABLE EV (130515, DCM, \"Air Kerma at Output Measurement Point\"), VM 1, MC: XOR Row 5"""
