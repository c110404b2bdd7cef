"""TID 3909 Best Illustration of Findings.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Coordinates, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "BestIllustrationOfFindings",
    "BestIllustrationOfFindingsBestIllustrationOfFindingRow3",
    "BestIllustrationOfFindingsBestIllustrationOfFindingRow5",
    "BestIllustrationOfFindingsBestIllustrationOfFindingRow5Scoord6",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3909",
    name="Best Illustration of Findings",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="IMAGE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121080", "Best illustration of finding"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="WAVEFORM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121080", "Best illustration of finding"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="SCOORD",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121080", "Best illustration of finding"),
        ),
        RowDef(
            key="4", nesting=1, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TCOORD",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121080", "Best illustration of finding"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="SCOORD",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Rows 8, 9",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "8"), ("row_present", "9"))),
            forbidden_if=("or", ("row_present", "8"), ("row_present", "9")),
        ),
        RowDef(
            key="7", nesting=2, value_type="IMAGE", requirement="M", relationship="SELECTED FROM"
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="WAVEFORM",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Rows 6, 9",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "6"), ("row_present", "9"))),
            forbidden_if=("or", ("row_present", "6"), ("row_present", "9")),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Rows 6, 8",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "6"), ("row_present", "8"))),
            forbidden_if=("or", ("row_present", "6"), ("row_present", "8")),
        ),
    ),
)


@dataclass(kw_only=True)
class BestIllustrationOfFindings(TemplatePart):
    """TID 3909 Best Illustration of Findings."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    best_illustration_of_finding: Reference | None = field(default=None, metadata={"row": "1"})
    """Row 1: IMAGE EV (121080, DCM, \"Best illustration of finding\"), VM 1, U"""

    best_illustration_of_finding_row_2: Reference | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: WAVEFORM EV (121080, DCM, \"Best illustration of finding\"), VM 1, U"""

    best_illustration_of_finding_row_3: (
        BestIllustrationOfFindingsBestIllustrationOfFindingRow3 | None
    ) = field(default=None, metadata={"row": "3"})
    """Row 3: SCOORD EV (121080, DCM, \"Best illustration of finding\"), VM 1, U"""

    best_illustration_of_finding_row_5: (
        BestIllustrationOfFindingsBestIllustrationOfFindingRow5 | None
    ) = field(default=None, metadata={"row": "5"})
    """Row 5: TCOORD EV (121080, DCM, \"Best illustration of finding\"), VM 1, U"""


@dataclass(kw_only=True)
class BestIllustrationOfFindingsBestIllustrationOfFindingRow3(TemplatePart):
    """Row 3 of TID 3909."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Coordinates
    """The value of row 3 (SCOORD)."""

    image_4: Reference = field(metadata={"row": "4"})
    """Row 4: IMAGE -, VM 1, M"""


@dataclass(kw_only=True)
class BestIllustrationOfFindingsBestIllustrationOfFindingRow5(TemplatePart):
    """Row 5 of TID 3909."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    scoord_6: BestIllustrationOfFindingsBestIllustrationOfFindingRow5Scoord6 | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: SCOORD -, VM 1, MC: XOR Rows 8, 9"""

    waveform_8: Reference | None = field(default=None, metadata={"row": "8"})
    """Row 8: WAVEFORM -, VM 1, MC: XOR Rows 6, 9"""

    image_9: Reference | None = field(default=None, metadata={"row": "9"})
    """Row 9: IMAGE -, VM 1, MC: XOR Rows 6, 8"""


@dataclass(kw_only=True)
class BestIllustrationOfFindingsBestIllustrationOfFindingRow5Scoord6(TemplatePart):
    """Row 6 of TID 3909."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Coordinates
    """The value of row 6 (SCOORD)."""

    image_7: Reference = field(metadata={"row": "7"})
    """Row 7: IMAGE -, VM 1, M"""
