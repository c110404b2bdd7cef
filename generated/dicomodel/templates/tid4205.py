"""TID 4205 Breast Composition Section.

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
    from dicomodel.templates import tid4201

__all__ = [
    "TEMPLATE",
    "BreastCompositionSection",
    "BreastCompositionSectionBreastComposition",
    "BreastCompositionSectionPercentFibroglandularTissue",
    "BreastCompositionSectionBreastBackgroundEchoTexture",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4205",
    name="Breast Composition Section",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("SCT", "129715009", "Breast composition"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4201",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "129715009", "Breast composition"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 3, 5 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "3"), ("row_present", "5"))),
            values=(("cid", "D", "6000"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111046", "Percent Fibroglandular Tissue"),
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 3, 5 shall be present",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "3"), ("row_present", "5"))),
            units=(("code", "EV", "%", "UCUM", "Percent"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111350", "Breast background echo texture"),
            vm_min=1,
            vm_max=2,
            values=(("cid", "D", "6151"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
    ),
)


@dataclass(kw_only=True)
class BreastCompositionSection(TemplatePart):
    """TID 4205 Breast Composition Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    breast_imaging_procedure_reported: list[tid4201.BreastImagingProcedureReported] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 4201, VM 1-n, U"""

    breast_composition: list[BreastCompositionSectionBreastComposition] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (129715009, SCT, \"Breast composition\"), VM 1-n, MC: At least one of Rows 3, 5 shall be present; values DCID 6000"""

    percent_fibroglandular_tissue: list[BreastCompositionSectionPercentFibroglandularTissue] = (
        field(default_factory=no_items, metadata={"row": "5"})
    )
    """Row 5: NUM EV (111046, DCM, \"Percent Fibroglandular Tissue\"), VM 1-n, MC: At least one of Rows 3, 5 shall be present; units EV (%, UCUM, \"Percent\")"""

    breast_background_echo_texture: list[BreastCompositionSectionBreastBackgroundEchoTexture] = (
        field(default_factory=no_items, metadata={"row": "7"})
    )
    """Row 7: CODE EV (111350, DCM, \"Breast background echo texture\"), VM 1-2, U; values DCID 6151"""


@dataclass(kw_only=True)
class BreastCompositionSectionBreastComposition(TemplatePart):
    """Row 3 of TID 4205."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid6000Code
    """The value of row 3 (CODE)."""

    laterality: groups.Cid6022Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values DCID 6022"""


@dataclass(kw_only=True)
class BreastCompositionSectionPercentFibroglandularTissue(TemplatePart):
    """Row 5 of TID 4205."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Num
    """The value of row 5 (NUM)."""

    laterality: groups.Cid6022Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values DCID 6022"""


@dataclass(kw_only=True)
class BreastCompositionSectionBreastBackgroundEchoTexture(TemplatePart):
    """Row 7 of TID 4205."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid6151Code
    """The value of row 7 (CODE)."""

    laterality: groups.Cid6022Code = field(metadata={"row": "8"})
    """Row 8: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values DCID 6022"""
