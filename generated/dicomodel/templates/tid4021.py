"""TID 4021 Mammography CAD Geometry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "MammographyCADGeometry",
    "MammographyCADGeometryCenter",
    "MammographyCADGeometryOutline",
    "MammographyCADGeometryCid6166",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4021",
    name="Mammography CAD Geometry",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="SCOORD",
            requirement="M",
            concept=Code("DCM", "111010", "Center"),
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
            concept=Code("DCM", "111041", "Outline"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="IMAGE",
            requirement="M",
            relationship="SELECTED FROM",
            by_reference=True,
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="SCOORD",
            requirement="U",
            concept_ref=("cid", "D", "6166"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="IMAGE",
            requirement="M",
            relationship="SELECTED FROM",
            by_reference=True,
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADGeometry(TemplatePart):
    """TID 4021 Mammography CAD Geometry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    center: MammographyCADGeometryCenter = field(metadata={"row": "1"})
    """Row 1: SCOORD EV (111010, DCM, \"Center\"), VM 1, M"""

    outline: MammographyCADGeometryOutline | None = field(default=None, metadata={"row": "3"})
    """Row 3: SCOORD EV (111041, DCM, \"Outline\"), VM 1, U"""

    cid_6166: list[MammographyCADGeometryCid6166] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: SCOORD DCID 6166, VM 1-n, U"""


@dataclass(kw_only=True)
class MammographyCADGeometryCenter(TemplatePart):
    """Row 1 of TID 4021."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Coordinates
    """The value of row 1 (SCOORD)."""

    image_2: Reference = field(metadata={"row": "2"})
    """Row 2: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class MammographyCADGeometryOutline(TemplatePart):
    """Row 3 of TID 4021."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Coordinates
    """The value of row 3 (SCOORD)."""

    image_4: Reference = field(metadata={"row": "4"})
    """Row 4: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class MammographyCADGeometryCid6166(TemplatePart):
    """Row 5 of TID 4021."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    concept: groups.Cid6166Code
    """The concept name of row 5."""

    value: Coordinates
    """The value of row 5 (SCOORD)."""

    image_6: Reference = field(metadata={"row": "6"})
    """Row 6: IMAGE -, VM 1, M"""
