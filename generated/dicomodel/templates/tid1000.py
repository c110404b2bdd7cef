"""TID 1000 Quotation.

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
    from dicomodel.templates import tid1001

__all__ = [
    "TEMPLATE",
    "Quotation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1000",
    name="Quotation",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121001", "Quotation Mode"),
            values=(
                ("code", "EV", "121003", "DCM", "Document"),
                ("code", "EV", "121004", "DCM", "Verbal"),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121002", "Quoted Source"),
            condition="Required if quoted material source is a DICOM composite object",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if quoted material source is a DICOM composite object",
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
    ),
)


@dataclass(kw_only=True)
class Quotation(TemplatePart):
    """TID 1000 Quotation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    quotation_mode: Code = field(metadata={"row": "1"})
    """Row 1: CODE EV (121001, DCM, \"Quotation Mode\"), VM 1, M; values EV (121003, DCM, \"Document\"), EV (121004, DCM, \"Verbal\")"""

    quoted_source: Reference | None = field(default=None, metadata={"row": "2"})
    """Row 2: COMPOSITE EV (121002, DCM, \"Quoted Source\"), VM 1, MC: Required if quoted material source is a DICOM composite object"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""
