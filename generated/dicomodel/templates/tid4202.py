"""TID 4202 Breast Imaging Report Narrative.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid350, tid1002

__all__ = [
    "TEMPLATE",
    "BreastImagingReportNarrative",
    "BreastImagingReportNarrativeCid6052",
    "BreastImagingReportNarrativeCid6052Cid6053",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4202",
    name="Breast Imaging Report Narrative",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111412", "Narrative Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "6052"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "6053"),
        ),
        RowDef(
            key="5",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="350",
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingReportNarrative(TemplatePart):
    """TID 4202 Breast Imaging Report Narrative."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    cid_6052: list[BreastImagingReportNarrativeCid6052] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CONTAINER BCID 6052, VM 1-n, M"""


@dataclass(kw_only=True)
class BreastImagingReportNarrativeCid6052(TemplatePart):
    """Row 2 of TID 4202."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    concept: groups.Cid6052Code | Code
    """The concept name of row 2."""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1002, VM 1-n, U"""

    cid_6053: BreastImagingReportNarrativeCid6052Cid6053 = field(metadata={"row": "4"})
    """Row 4: TEXT BCID 6053, VM 1, M"""


@dataclass(kw_only=True)
class BreastImagingReportNarrativeCid6052Cid6053(TemplatePart):
    """Row 4 of TID 4202."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    concept: groups.Cid6053Code | Code
    """The concept name of row 4."""

    value: str
    """The value of row 4 (TEXT)."""

    references_to_supporting_evidence: tid350.ReferencesToSupportingEvidence | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 350, VM 1, U"""
