"""TID 11006 Imaging Agent Administration Steps.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid11007

__all__ = [
    "TEMPLATE",
    "ImagingAgentAdministrationSteps",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11006",
    name="Imaging Agent Administration Steps",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130192", "Imaging Agent Administration Steps"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130200", "Imaging Agent Administration Steps Name"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130199", "Imaging Agent Administration Steps Description"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="11007",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationSteps(TemplatePart):
    """TID 11006 Imaging Agent Administration Steps."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    imaging_agent_administration_steps_name: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (130200, DCM, \"Imaging Agent Administration Steps Name\"), VM 1, M"""

    imaging_agent_administration_steps_description: str | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: TEXT EV (130199, DCM, \"Imaging Agent Administration Steps Description\"), VM 1, U"""

    imaging_agent_administration_step: list[tid11007.ImagingAgentAdministrationStep] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 11007, VM 1-n, U"""
