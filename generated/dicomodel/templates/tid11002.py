"""TID 11002 Imaging Agent Information.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid11004

__all__ = [
    "TEMPLATE",
    "ImagingAgentInformation",
    "ImagingAgentInformationImagingAgentComponentUsage",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11002",
    name="Imaging Agent Information",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130183", "Imaging Agent Information"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130254", "Imaging Agent Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130187", "Imaging Agent Warmed"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130191", "Imaging Agent Component Usage"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="11004",
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130239", "Component Volume"),
            condition="IF 2 or more items of Row 4 are present",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: 2 or more items of Row 4 are present",
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130228", "Contrast Volume Limit"),
            condition='IFF root Concept Name Code Sequence (130226, DCM, "Planned Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130226", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130226", "DCM"),))),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentInformation(TemplatePart):
    """TID 11002 Imaging Agent Information."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    imaging_agent_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (130254, DCM, \"Imaging Agent Identifier\"), VM 1, M"""

    imaging_agent_warmed: groups.Cid230Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (130187, DCM, \"Imaging Agent Warmed\"), VM 1, M; values DCID 230"""

    imaging_agent_component_usage: list[ImagingAgentInformationImagingAgentComponentUsage] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CONTAINER EV (130191, DCM, \"Imaging Agent Component Usage\"), VM 1-n, M"""

    contrast_volume_limit: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (130228, DCM, \"Contrast Volume Limit\"), VM 1, UC: IFF root Concept Name Code Sequence (130226, DCM, \"Planned Imaging Agent Administration\")"""


@dataclass(kw_only=True)
class ImagingAgentInformationImagingAgentComponentUsage(TemplatePart):
    """Row 4 of TID 11002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    imaging_agent_component: tid11004.ImagingAgentComponent = field(metadata={"row": "5"})
    """Row 5: INCLUDE DTID 11004, VM 1, M"""

    component_volume: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (130239, DCM, \"Component Volume\"), VM 1, MC: IF 2 or more items of Row 4 are present"""
