"""TID 3913 Aneurysm Properties.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3917

__all__ = [
    "TEMPLATE",
    "AneurysmProperties",
    "AneurysmPropertiesAssociatedMorphologyRow4",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3913",
    name="Aneurysm Properties",
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
            concept=Code("SCT", "116676008", "Associated Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3808"),),
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
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="3917",
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            vm_min=1,
            vm_max=None,
            condition='IFF value of Row 1 = (85726003, SCT, "Mixed Aneurysm")',
            condition_status="parsed",
            required_if=("row_code", "1", (("85726003", "SCT"),)),
            forbidden_if=("not", ("row_code", "1", (("85726003", "SCT"),))),
            values=(("cid", "D", "3808"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="3917",
        ),
    ),
)


@dataclass(kw_only=True)
class AneurysmProperties(TemplatePart):
    """TID 3913 Aneurysm Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    associated_morphology: list[groups.Cid3808Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1-n, M; values DCID 3808"""

    associated_with: groups.Cid3815Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (47429007, SCT, \"Associated with\"), VM 1, U; values DCID 3815"""

    aneurysm_measurements: tid3917.AneurysmMeasurements | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3917, VM 1, U"""

    associated_morphology_row_4: list[AneurysmPropertiesAssociatedMorphologyRow4] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1-n, UC: IFF value of Row 1 = (85726003, SCT, \"Mixed Aneurysm\"); values DCID 3808"""


@dataclass(kw_only=True)
class AneurysmPropertiesAssociatedMorphologyRow4(TemplatePart):
    """Row 4 of TID 3913."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid3808Code
    """The value of row 4 (CODE)."""

    aneurysm_measurements: tid3917.AneurysmMeasurements | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3917, VM 1, U"""
