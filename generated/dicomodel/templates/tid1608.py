"""TID 1608 Image Library Entry Descriptors for Prostate Multiparametric MR.

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
    "ImageLibraryEntryDescriptorsForProstateMultiparametricMR",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1608",
    name="Image Library Entry Descriptors for Prostate Multiparametric MR",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130544", "Endorectal coil type"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130545", "Inflatable endorectal coil fill substance"),
            values=(("cid", "D", "6350"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130547", "Dynamic contrast-enhanced temporal resolution"),
            vm_min=1,
            vm_max=None,
            units=(("code", "", "s", "UCUM", "second"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageLibraryEntryDescriptorsForProstateMultiparametricMR(TemplatePart):
    """TID 1608 Image Library Entry Descriptors for Prostate Multiparametric MR."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    endorectal_coil_type: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (130544, DCM, \"Endorectal coil type\"), VM 1, U"""

    inflatable_endorectal_coil_fill_substance: groups.Cid6350Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (130545, DCM, \"Inflatable endorectal coil fill substance\"), VM 1, U; values DCID 6350"""

    dynamic_contrast_enhanced_temporal_resolution: list[Num] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: NUM EV (130547, DCM, \"Dynamic contrast-enhanced temporal resolution\"), VM 1-n, U; units (s, UCUM, \"second\")"""
