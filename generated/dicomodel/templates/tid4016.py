"""TID 4016 CAD Analyses Performed.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4018

__all__ = [
    "TEMPLATE",
    "CADAnalysesPerformed",
    "CADAnalysesPerformedSuccessfulAnalyses",
    "CADAnalysesPerformedFailedAnalyses",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4016",
    name="CAD Analyses Performed",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="MC",
            concept=Code("DCM", "111062", "Successful Analyses"),
            condition='Shall be present only if value of parent is (111222, DCM, "Succeeded") or (111223, DCM, "Partially Succeeded")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("111222", "DCM"), ("111223", "DCM")))),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4018",
            vm_min=1,
            vm_max=None,
            bindings=(("$AnalysisCode", (("parameter", "$AnalysisCode"),)),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CONTAINER",
            requirement="MC",
            concept=Code("DCM", "111024", "Failed Analyses"),
            condition='Shall be present only if value of parent is (111224, DCM, "Failed") or (111223, DCM, "Partially Succeeded")',
            condition_status="parsed",
            forbidden_if=("not", ("parent_code", (("111224", "DCM"), ("111223", "DCM")))),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4018",
            vm_min=1,
            vm_max=None,
            bindings=(("$AnalysisCode", (("parameter", "$AnalysisCode"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class CADAnalysesPerformed(TemplatePart):
    """TID 4016 CAD Analyses Performed."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    successful_analyses: CADAnalysesPerformedSuccessfulAnalyses | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CONTAINER EV (111062, DCM, \"Successful Analyses\"), VM 1, MC: Shall be present only if value of parent is (111222, DCM, \"Succeeded\") or (111223, DCM, \"Partially Succeeded\")"""

    failed_analyses: CADAnalysesPerformedFailedAnalyses | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CONTAINER EV (111024, DCM, \"Failed Analyses\"), VM 1, MC: Shall be present only if value of parent is (111224, DCM, \"Failed\") or (111223, DCM, \"Partially Succeeded\")"""


@dataclass(kw_only=True)
class CADAnalysesPerformedSuccessfulAnalyses(TemplatePart):
    """Row 1 of TID 4016."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    cad_analysis_performed: list[tid4018.CADAnalysisPerformed] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 4018, VM 1-n, M"""


@dataclass(kw_only=True)
class CADAnalysesPerformedFailedAnalyses(TemplatePart):
    """Row 3 of TID 4016."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    cad_analysis_performed: list[tid4018.CADAnalysisPerformed] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4018, VM 1-n, M"""
