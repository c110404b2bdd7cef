"""TID 4019 Algorithm Identification.

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
    "AlgorithmIdentification",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4019",
    name="Algorithm Identification",
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
            key="1b",
            nesting=0,
            value_type="CODE",
            requirement="U",
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
            requirement="U",
            concept=Code("DCM", "111002", "Algorithm Parameters"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111000", "Algorithm Family"),
        ),
    ),
)


@dataclass(kw_only=True)
class AlgorithmIdentification(TemplatePart):
    """TID 4019 Algorithm Identification."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    algorithm_name: str = field(metadata={"row": "1"})
    """Row 1: TEXT EV (111001, DCM, \"Algorithm Name\"), VM 1, M"""

    algorithm_name_row_1b: Code | None = field(default=None, metadata={"row": "1b"})
    """Row 1b: CODE EV (111001, DCM, \"Algorithm Name\"), VM 1, U"""

    algorithm_version: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (111003, DCM, \"Algorithm Version\"), VM 1, M"""

    algorithm_parameters: list[str] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: TEXT EV (111002, DCM, \"Algorithm Parameters\"), VM 1-n, U"""

    algorithm_family: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (111000, DCM, \"Algorithm Family\"), VM 1, U"""
