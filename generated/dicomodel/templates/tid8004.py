"""TID 8004 Specimen Localization.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "SpecimenLocalization",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8004",
    name="Specimen Localization",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111708", "Position Frame of Reference"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111718", "Location of Specimen"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111719", "Location of Specimen X offset"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111720", "Location of Specimen Y offset"),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111721", "Location of Specimen Z offset"),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="IMAGE",
            requirement="U",
            concept=Code("DCM", "111718", "Location of Specimen"),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="COMPOSITE",
            requirement="U",
            concept=Code("DCM", "111718", "Location of Specimen"),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111723", "Visual Marking of Specimen"),
        ),
    ),
)


@dataclass(kw_only=True)
class SpecimenLocalization(TemplatePart):
    """TID 8004 Specimen Localization."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    position_frame_of_reference: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT DT (111708, DCM, \"Position Frame of Reference\"), VM 1, U"""

    location_of_specimen: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT DT (111718, DCM, \"Location of Specimen\"), VM 1, U"""

    location_of_specimen_x_offset: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM DT (111719, DCM, \"Location of Specimen X offset\"), VM 1, U"""

    location_of_specimen_y_offset: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM DT (111720, DCM, \"Location of Specimen Y offset\"), VM 1, U"""

    location_of_specimen_z_offset: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM DT (111721, DCM, \"Location of Specimen Z offset\"), VM 1, U"""

    location_of_specimen_row_6: Reference | None = field(default=None, metadata={"row": "6"})
    """Row 6: IMAGE DT (111718, DCM, \"Location of Specimen\"), VM 1, U"""

    location_of_specimen_row_7: Reference | None = field(default=None, metadata={"row": "7"})
    """Row 7: COMPOSITE DT (111718, DCM, \"Location of Specimen\"), VM 1, U"""

    visual_marking_of_specimen: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT DT (111723, DCM, \"Visual Marking of Specimen\"), VM 1, U"""
