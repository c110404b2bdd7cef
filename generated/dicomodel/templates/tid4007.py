"""TID 4007 Mammography CAD Breast Composition.

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
    "MammographyCADBreastComposition",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4007",
    name="Mammography CAD Breast Composition",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("SCT", "129715009", "Breast composition"),
            condition="At least one of Row 1 or 2 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "2"))),
            values=(("cid", "D", "6000"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="MC",
            concept=Code("DCM", "111046", "Percent Fibroglandular Tissue"),
            condition="At least one of Row 1 or 2 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "2"))),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADBreastComposition(TemplatePart):
    """TID 4007 Mammography CAD Breast Composition."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    breast_composition: groups.Cid6000Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE EV (129715009, SCT, \"Breast composition\"), VM 1, MC: At least one of Row 1 or 2 shall be present; values DCID 6000"""

    percent_fibroglandular_tissue: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (111046, DCM, \"Percent Fibroglandular Tissue\"), VM 1, MC: At least one of Row 1 or 2 shall be present; units EV (%, UCUM, \"Percent\")"""
