"""TID 3915 Vascular Occlusion Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "VascularOcclusionProperties",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3915",
    name="Vascular Occlusion Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246244004", "Type of Stenosis"),
            values=(("cid", "D", "3805"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "47429007", "Associated with"),
            values=(("cid", "D", "3815"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "300842002", "Shape"),
            values=(("cid", "D", "3806"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "408716009", "SCT", "Stenotic Lesion Length"),)),
                ("$Method", (("cid", "D", "3804"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class VascularOcclusionProperties(TemplatePart):
    """TID 3915 Vascular Occlusion Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    type_of_stenosis: groups.Cid3805Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (246244004, SCT, \"Type of Stenosis\"), VM 1, M; values DCID 3805"""

    associated_with: groups.Cid3815Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (47429007, SCT, \"Associated with\"), VM 1, U; values DCID 3815"""

    shape: groups.Cid3806Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (300842002, SCT, \"Shape\"), VM 1, U; values DCID 3806"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, U"""
