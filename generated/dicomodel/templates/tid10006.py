"""TID 10006 Accumulated Cassette-based Projection Radiography Dose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "AccumulatedCassetteBasedProjectionRadiographyDose",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10006",
    name="Accumulated Cassette-based Projection Radiography Dose",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("DCM", "113947", "Detector Type"),
            condition='IF TID 10001 Row 8 is absent or value is (373066001, SCT, "Yes")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 8 is absent or value is §0",
            ),
            values=(("cid", "D", "10030"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "113731", "Total Number of Radiographic Frames"),
            condition='IF TID 10001 Row 8 is absent or value is (373066001, SCT, "Yes")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: TID 10001 Row 8 is absent or value is §0",
            ),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113722", "Dose Area Product Total"),
            units=(("code", "EV", "Gy.m2", "UCUM", "Gy.m2"),),
        ),
    ),
)


@dataclass(kw_only=True)
class AccumulatedCassetteBasedProjectionRadiographyDose(TemplatePart):
    """TID 10006 Accumulated Cassette-based Projection Radiography Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    detector_type: groups.Cid10030Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (113947, DCM, \"Detector Type\"), VM 1, MC: IF TID 10001 Row 8 is absent or value is (373066001, SCT, \"Yes\"); values DCID 10030"""

    total_number_of_radiographic_frames: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (113731, DCM, \"Total Number of Radiographic Frames\"), VM 1, MC: IF TID 10001 Row 8 is absent or value is (373066001, SCT, \"Yes\"); units EV (1, UCUM, \"no units\")"""

    dose_area_product_total: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (113722, DCM, \"Dose Area Product Total\"), VM 1, U; units EV (Gy.m2, UCUM, \"Gy.m2\")"""
