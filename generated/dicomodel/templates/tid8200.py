"""TID 8200 Radiology Reading Task Parameters.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RadiologyReadingTaskParameters",
    "RadiologyReadingTaskParametersModalityToRead",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8200",
    name="Radiology Reading Task Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "128002", "Modality to Read"),
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "128003", "Reader Specialty"),
            values=(("cid", "D", "7449"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "128004", "Modality to Read"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "9233"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiologyReadingTaskParameters(TemplatePart):
    """TID 8200 Radiology Reading Task Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    modality_to_read: RadiologyReadingTaskParametersModalityToRead | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CODE EV (128002, DCM, \"Modality to Read\"), VM 1, U; values DCID 29"""

    modality_to_read_row_3: list[groups.Cid9233Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (128004, DCM, \"Modality to Read\"), VM 1-n, U; values DCID 9233"""


@dataclass(kw_only=True)
class RadiologyReadingTaskParametersModalityToRead(TemplatePart):
    """Row 1 of TID 8200."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid29Code
    """The value of row 1 (CODE)."""

    reader_specialty: groups.Cid7449Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (128003, DCM, \"Reader Specialty\"), VM 1, U; values DCID 7449"""
