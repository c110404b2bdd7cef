"""TID 1200 Language Designation.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "LanguageDesignation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1200",
    name="Language Designation",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "121045", "Language"),
            values=(("cid", "D", "5000"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121046", "Country of Language"),
            values=(("cid", "D", "5001"),),
        ),
    ),
)


@dataclass(kw_only=True)
class LanguageDesignation(TemplatePart):
    """TID 1200 Language Designation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid5000Code
    """The value of row 1 (CODE)."""

    country_of_language: groups.Cid5001Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (121046, DCM, \"Country of Language\"), VM 1, U; values DCID 5001"""
