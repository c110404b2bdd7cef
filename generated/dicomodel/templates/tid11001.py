"""TID 11001 Planned Imaging Agent Administration.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid1002,
        tid1005,
        tid1204,
        tid8131,
        tid10024,
        tid11002,
        tid11005,
        tid11006,
    )

__all__ = [
    "TEMPLATE",
    "PlannedImagingAgentAdministration",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11001",
    name="Planned Imaging Agent Administration",
    extensible=True,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130226", "Planned Imaging Agent Administration"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
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
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1005",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="8131",
            vm_min=1,
            vm_max=None,
            bindings=(("$DrugAdministered", (("cid", "D", "65"),)),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="10024",
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="11002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="11005",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="11006",
        ),
    ),
)


@dataclass(kw_only=True)
class PlannedImagingAgentAdministration(TemplatePart):
    """TID 11001 Planned Imaging Agent Administration."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1002, VM 1-n, M"""

    procedure_study_context: tid1005.ProcedureStudyContext = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1005, VM 1, M"""

    medications_and_mixture_medications: list[tid8131.MedicationsAndMixtureMedications] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 8131, VM 1-n, U"""

    imaging_agent_administration_patient_characteristics: (
        tid10024.ImagingAgentAdministrationPatientCharacteristics | None
    ) = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 10024, VM 1, U"""

    imaging_agent_information: list[tid11002.ImagingAgentInformation] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 11002, VM 1-n, M"""

    comment: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    imaging_agent_administration_consumable: list[tid11005.ImagingAgentAdministrationConsumable] = (
        field(default_factory=no_items, metadata={"row": "9"})
    )
    """Row 9: INCLUDE DTID 11005, VM 1-n, U"""

    imaging_agent_administration_steps: tid11006.ImagingAgentAdministrationSteps = field(
        metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 11006, VM 1, M"""
