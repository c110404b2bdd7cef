"""TID 2002 Report Narrative.

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
    from dicomodel.templates import tid2001

__all__ = [
    "TEMPLATE",
    "ReportNarrative",
    "ReportNarrativeCid7002",
    "ReportNarrativeCid7002Row3",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="2002",
    name="Report Narrative",
    extensible=False,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7002"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="2001",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "B", "7002"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="2001",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="2001",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ReportNarrative(TemplatePart):
    """TID 2002 Report Narrative."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    cid_7002: list[ReportNarrativeCid7002] = field(default_factory=no_items, metadata={"row": "1"})
    """Row 1: CODE BCID 7002, VM 1-n, U"""

    cid_7002_row_3: list[ReportNarrativeCid7002Row3] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: TEXT BCID 7002, VM 1-n, U"""

    basic_diagnostic_imaging_report_observations: list[
        tid2001.BasicDiagnosticImagingReportObservations
    ] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 2001, VM 1-n, U"""


@dataclass(kw_only=True)
class ReportNarrativeCid7002(TemplatePart):
    """Row 1 of TID 2002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid7002Code | Code
    """The concept name of row 1."""

    value: Code
    """The value of row 1 (CODE)."""

    basic_diagnostic_imaging_report_observations: list[
        tid2001.BasicDiagnosticImagingReportObservations
    ] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 2001, VM 1-n, U"""


@dataclass(kw_only=True)
class ReportNarrativeCid7002Row3(TemplatePart):
    """Row 3 of TID 2002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    concept: groups.Cid7002Code | Code
    """The concept name of row 3."""

    value: str
    """The value of row 3 (TEXT)."""

    basic_diagnostic_imaging_report_observations: list[
        tid2001.BasicDiagnosticImagingReportObservations
    ] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 2001, VM 1-n, U"""
