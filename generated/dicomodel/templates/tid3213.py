"""TID 3213 Quantitative Arterial Analysis.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid1204, tid3214, tid3602

__all__ = [
    "TEMPLATE",
    "QuantitativeArterialAnalysis",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3213",
    name="Quantitative Arterial Analysis",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122291", "Quantitative Arteriography Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3602",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111001", "Algorithm Name"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "111003", "Algorithm Version"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "122405", "Algorithm Manufacturer"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3214",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class QuantitativeArterialAnalysis(TemplatePart):
    """TID 3213 Quantitative Arterial Analysis."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1204, VM 1, M"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1002, VM 1-n, M"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics | None = (
        field(default=None, metadata={"row": "4"})
    )
    """Row 4: INCLUDE DTID 3602, VM 1, U"""

    algorithm_name: str = field(metadata={"row": "5"})
    """Row 5: TEXT EV (111001, DCM, \"Algorithm Name\"), VM 1, M"""

    algorithm_version: str = field(metadata={"row": "6"})
    """Row 6: TEXT EV (111003, DCM, \"Algorithm Version\"), VM 1, M"""

    algorithm_manufacturer: str = field(metadata={"row": "7"})
    """Row 7: TEXT EV (122405, DCM, \"Algorithm Manufacturer\"), VM 1, M"""

    analyzed_segment: list[tid3214.AnalyzedSegment] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3214, VM 1-n, M"""
