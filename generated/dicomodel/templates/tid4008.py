"""TID 4008 Mammography CAD Breast Geometry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "MammographyCADBreastGeometry",
    "MammographyCADBreastGeometryBreastOutlineIncludingPectoralMuscleTissue",
    "MammographyCADBreastGeometryPectoralMuscleOutline",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4008",
    name="Mammography CAD Breast Geometry",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="SCOORD",
            requirement="M",
            concept=Code("DCM", "111007", "Breast Outline Including Pectoral Muscle Tissue"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="IMAGE",
            requirement="M",
            relationship="SELECTED FROM",
            by_reference=True,
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="SCOORD",
            requirement="U",
            concept=Code("DCM", "111045", "Pectoral Muscle Outline"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="IMAGE",
            requirement="M",
            relationship="SELECTED FROM",
            by_reference=True,
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADBreastGeometry(TemplatePart):
    """TID 4008 Mammography CAD Breast Geometry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    breast_outline_including_pectoral_muscle_tissue: MammographyCADBreastGeometryBreastOutlineIncludingPectoralMuscleTissue = field(
        metadata={"row": "1"}
    )
    """Row 1: SCOORD EV (111007, DCM, \"Breast Outline Including Pectoral Muscle Tissue\"), VM 1, M"""

    pectoral_muscle_outline: MammographyCADBreastGeometryPectoralMuscleOutline | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: SCOORD EV (111045, DCM, \"Pectoral Muscle Outline\"), VM 1, U"""


@dataclass(kw_only=True)
class MammographyCADBreastGeometryBreastOutlineIncludingPectoralMuscleTissue(TemplatePart):
    """Row 1 of TID 4008."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Coordinates
    """The value of row 1 (SCOORD)."""

    image_2: Reference = field(metadata={"row": "2"})
    """Row 2: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class MammographyCADBreastGeometryPectoralMuscleOutline(TemplatePart):
    """Row 3 of TID 4008."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Coordinates
    """The value of row 3 (SCOORD)."""

    image_4: Reference = field(metadata={"row": "4"})
    """Row 4: IMAGE -, VM 1, M"""
