"""TID 3831 Medical Device Use.

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
    "MedicalDeviceUse",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3831",
    name="Medical Device Use",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "121436", "Medical Device Used"),
            values=(("parameter", "$Device"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "33999-4", "Status"),
            values=(("cid", "D", "3773"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class MedicalDeviceUse(TemplatePart):
    """TID 3831 Medical Device Use."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Code
    """The value of row 1 (CODE)."""

    datetime_started: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, U"""

    datetime_ended: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, U"""

    status: groups.Cid3773Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE DT (33999-4, LN, \"Status\"), VM 1, U; values DCID 3773"""

    comment: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
