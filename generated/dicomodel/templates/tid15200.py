"""TID 15200 JJ1017 Protocol Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "JJ1017ProtocolContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15200",
    name="JJ1017 Protocol Context",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "123016", "Imaging Conditions"),
        ),
    ),
)


@dataclass(kw_only=True)
class JJ1017ProtocolContext(TemplatePart):
    """TID 15200 JJ1017 Protocol Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    imaging_conditions: Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (123016, DCM, \"Imaging Conditions\"), VM 1, M"""
