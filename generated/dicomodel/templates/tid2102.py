"""TID 2102 Quality Rating Identification.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "QualityRatingIdentification",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2102",
    name="Quality Rating Identification",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "111001", "Algorithm Name"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "111003", "Algorithm Version"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            concept=Code("DCM", "122405", "Algorithm Manufacturer"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "111002", "Algorithm Parameters"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class QualityRatingIdentification(TemplatePart):
    """TID 2102 Quality Rating Identification."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    algorithm_name: str = field(metadata={"row": "1"})
    """Row 1: TEXT EV (111001, DCM, \"Algorithm Name\"), VM 1, M"""

    algorithm_version: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (111003, DCM, \"Algorithm Version\"), VM 1, M"""

    algorithm_manufacturer: str = field(metadata={"row": "3"})
    """Row 3: TEXT EV (122405, DCM, \"Algorithm Manufacturer\"), VM 1, M"""

    algorithm_parameters: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TEXT EV (111002, DCM, \"Algorithm Parameters\"), VM 1-n, U"""
