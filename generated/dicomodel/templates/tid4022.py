"""TID 4022 CAD Observation Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1001, tid1204

__all__ = [
    "TEMPLATE",
    "CADObservationContext",
    "CADObservationContextOriginalSource",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4022",
    name="CAD Observation Context",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="COMPOSITE",
            requirement="MC",
            concept=Code("DCM", "111040", "Original Source"),
            condition="Shall be present if the original source is a DICOM object.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if the original source is a DICOM object",
            ),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(key="3", nesting=0, value_type="INCLUDE", requirement="M", include="1001"),
    ),
)


@dataclass(kw_only=True)
class CADObservationContext(TemplatePart):
    """TID 4022 CAD Observation Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    original_source: CADObservationContextOriginalSource | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: COMPOSITE EV (111040, DCM, \"Original Source\"), VM 1, MC: Shall be present if the original source is a DICOM object."""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""


@dataclass(kw_only=True)
class CADObservationContextOriginalSource(TemplatePart):
    """Row 1 of TID 4022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Reference
    """The value of row 1 (COMPOSITE)."""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""
