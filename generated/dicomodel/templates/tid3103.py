"""TID 3103 Referenced Object.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "ReferencedObject",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3103",
    name="Referenced Object",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="COMPOSITE",
            requirement="M",
            concept_ref=("cid", "B", "3407"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121144", "Document Title"),
            condition="IFF Row 1 references an SR object",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 1 references an SR object"),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 1 references an SR object"),
            ),
        ),
        RowDef(key="3", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class ReferencedObject(TemplatePart):
    """TID 3103 Referenced Object."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3407Code | Code
    """The concept name of row 1."""

    value: Reference
    """The value of row 1 (COMPOSITE)."""

    document_title: Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (121144, DCM, \"Document Title\"), VM 1, MC: IFF Row 1 references an SR object"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3010, VM 1, U"""
