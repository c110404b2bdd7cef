"""TID 400 Reference Location.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ReferenceLocation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="400",
    name="Reference Location",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "128772", "Reference Basis"),
            values=(("cid", "B", "1001"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "128773", "Reference Geometry"),
            values=(("cid", "B", "1010"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ReferenceLocation(TemplatePart):
    """TID 400 Reference Location."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    reference_basis: groups.Cid1001Code | Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (128772, DCM, \"Reference Basis\"), VM 1, M; values BCID 1001"""

    reference_geometry: groups.Cid1010Code | Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (128773, DCM, \"Reference Geometry\"), VM 1, M; values BCID 1010"""
