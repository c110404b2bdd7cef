"""TID 4014 CAD Image Quality.

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
    "CADImageQuality",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4014",
    name="CAD Image Quality",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111052", "Quality Finding"),
            values=(("parameter", "$QualityFinding"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111050", "Quality Assessment"),
            values=(("cid", "D", "6044"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111051", "Quality Control Standard"),
            condition="Shall be present if Row 2 is present.",
            condition_status="parsed",
            required_if=("row_present", "2"),
            values=(("parameter", "$QualityStandard"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111029", "Image Quality Rating"),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CADImageQuality(TemplatePart):
    """TID 4014 CAD Image Quality."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Code
    """The value of row 1 (CODE)."""

    quality_assessment: groups.Cid6044Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (111050, DCM, \"Quality Assessment\"), VM 1, U; values DCID 6044"""

    quality_control_standard: Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (111051, DCM, \"Quality Control Standard\"), VM 1, UC: Shall be present if Row 2 is present.; values $QualityStandard"""

    image_quality_rating: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (111029, DCM, \"Image Quality Rating\"), VM 1, U; units EV (%, UCUM, \"Percent\")"""
