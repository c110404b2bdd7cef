"""TID 3914 Arterial Dissection Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ArterialDissectionProperties",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3914",
    name="Arterial Dissection Properties",
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
            concept=Code("DCM", "122387", "Dissection Classification"),
            values=(("cid", "D", "3492"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "134198009", "Etiology"),
            values=(("cid", "D", "3809"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "410668003", "Length"),
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code(
                "SCT",
                "413530006",
                "Anatomic structure potentially involved in evolution of disease",
            ),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3827"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ArterialDissectionProperties(TemplatePart):
    """TID 3914 Arterial Dissection Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    dissection_classification: groups.Cid3492Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (122387, DCM, \"Dissection Classification\"), VM 1, M; values DCID 3492"""

    etiology: groups.Cid3809Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (134198009, SCT, \"Etiology\"), VM 1, U; values DCID 3809"""

    length: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (410668003, SCT, \"Length\"), VM 1, U; units DT (mm, UCUM, \"mm\")"""

    anatomic_structure_potentially_involved_in_evolution_of_disease: list[groups.Cid3827Code] = (
        field(default_factory=no_items, metadata={"row": "4"})
    )
    """Row 4: CODE EV (413530006, SCT, \"Anatomic structure potentially involved in evolution of disease\"), VM 1-n, U; values DCID 3827"""
