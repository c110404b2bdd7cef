"""TID 4108 Tracking Identifier.

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
    "TrackingIdentifier",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4108",
    name="Tracking Identifier",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            concept=Code("DCM", "112039", "Tracking Identifier"),
            condition="At least one of Row 1 or 2 shall be present.",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "2"))),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="UIDREF",
            requirement="MC",
            concept=Code("DCM", "112040", "Tracking Unique Identifier"),
            condition="At least one of Row 1 or 2 shall be present.",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "1"), ("row_present", "2"))),
        ),
    ),
)


@dataclass(kw_only=True)
class TrackingIdentifier(TemplatePart):
    """TID 4108 Tracking Identifier."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    tracking_identifier: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (112039, DCM, \"Tracking Identifier\"), VM 1, MC: At least one of Row 1 or 2 shall be present."""

    tracking_unique_identifier: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: UIDREF EV (112040, DCM, \"Tracking Unique Identifier\"), VM 1, MC: At least one of Row 1 or 2 shall be present."""
