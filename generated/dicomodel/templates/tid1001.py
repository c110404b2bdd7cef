"""TID 1001 Observation Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid1005, tid1006

__all__ = [
    "TEMPLATE",
    "ObservationContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1001",
    name="Observation Context",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
            condition="Required if all aspects of observer context are not inherited.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if all aspects of observer context are not inherited",
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1005",
            condition="Required if all aspects of procedure context are not inherited.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if all aspects of procedure context are not inherited",
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="1006",
            condition="Required if all aspects of observation subject context are not inherited.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Required if all aspects of observation subject context are not inherited",
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ObservationContext(TemplatePart):
    """TID 1001 Observation Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: INCLUDE DTID 1002, VM 1-n, MC: Required if all aspects of observer context are not inherited."""

    procedure_study_context: tid1005.ProcedureStudyContext | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1005, VM 1, MC: Required if all aspects of procedure context are not inherited."""

    subject_context: tid1006.SubjectContext | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1006, VM 1, MC: Required if all aspects of observation subject context are not inherited."""
