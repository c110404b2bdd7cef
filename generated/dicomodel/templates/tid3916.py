"""TID 3916 Stent Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3912

__all__ = [
    "TEMPLATE",
    "StentProperties",
    "StentPropertiesFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3916",
    name="Stent Properties",
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
            concept=Code("DCM", "122685", "Stent Composition"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3814"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408706001", "Vascular Stent Diameter"),
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408703009", "Vascular Stent Length"),
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3813"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            include="3912",
            condition='IFF value of Row 4 = (415582006, SCT, "Stenosis")',
            condition_status="parsed",
            required_if=("row_code", "4", (("415582006", "SCT"),)),
            forbidden_if=("not", ("row_code", "4", (("415582006", "SCT"),))),
        ),
    ),
)


@dataclass(kw_only=True)
class StentProperties(TemplatePart):
    """TID 3916 Stent Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    stent_composition: list[groups.Cid3814Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (122685, DCM, \"Stent Composition\"), VM 1-n, M; values DCID 3814"""

    vascular_stent_diameter: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (408706001, SCT, \"Vascular Stent Diameter\"), VM 1, U; units DT (mm, UCUM, \"mm\")"""

    vascular_stent_length: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (408703009, SCT, \"Vascular Stent Length\"), VM 1, U; units DT (mm, UCUM, \"mm\")"""

    finding: list[StentPropertiesFinding] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3813"""


@dataclass(kw_only=True)
class StentPropertiesFinding(TemplatePart):
    """Row 4 of TID 3916."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid3813Code
    """The value of row 4 (CODE)."""

    stenosis_properties: tid3912.StenosisProperties | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3912, VM 1, MC: IFF value of Row 4 = (415582006, SCT, \"Stenosis\")"""
