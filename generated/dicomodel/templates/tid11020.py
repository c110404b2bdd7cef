"""TID 11020 Performed Imaging Agent Administration.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
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
        tid11021,
        tid11022,
    )

__all__ = [
    "TEMPLATE",
    "PerformedImagingAgentAdministration",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11020",
    name="Performed Imaging Agent Administration",
    extensible=True,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130227", "Performed Imaging Agent Administration"),
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
            requirement="U",
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
            concept=Code("LN", "55112-7", "Summary"),
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
        RowDef(
            key="11",
            nesting=1,
            value_type="COMPOSITE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130236", "Planned Imaging Agent Administration SOP Instance"),
            condition="IFF this administration was based on a Planned Imaging Agent Administration SOP Instance.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF this administration was based on a Planned Imaging Agent Administration SOP Instance",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF this administration was based on a Planned Imaging Agent Administration SOP Instance",
                ),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130211", "Imaging Agent Administration Completion Status"),
            values=(("cid", "D", "67"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="11021",
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="11022",
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130165", "Total Keep Vein Open Volume Administered"),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PerformedImagingAgentAdministration(TemplatePart):
    """TID 11020 Performed Imaging Agent Administration."""

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

    procedure_study_context: tid1005.ProcedureStudyContext | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1005, VM 1, U"""

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

    summary: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (55112-7, LN, \"Summary\"), VM 1, U"""

    imaging_agent_administration_consumable: list[tid11005.ImagingAgentAdministrationConsumable] = (
        field(default_factory=no_items, metadata={"row": "9"})
    )
    """Row 9: INCLUDE DTID 11005, VM 1-n, U"""

    imaging_agent_administration_steps: tid11006.ImagingAgentAdministrationSteps = field(
        metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 11006, VM 1, M"""

    planned_imaging_agent_administration_sop_instance: Reference | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: COMPOSITE EV (130236, DCM, \"Planned Imaging Agent Administration SOP Instance\"), VM 1, MC: IFF this administration was based on a Planned Imaging Agent Administration SOP Instance."""

    imaging_agent_administration_completion_status: groups.Cid67Code = field(metadata={"row": "12"})
    """Row 12: CODE EV (130211, DCM, \"Imaging Agent Administration Completion Status\"), VM 1, M; values DCID 67"""

    imaging_agent_administration_adverse_events: (
        tid11021.ImagingAgentAdministrationAdverseEvents | None
    ) = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 11021, VM 1, U"""

    imaging_agent_administration_injector_events: (
        tid11022.ImagingAgentAdministrationInjectorEvents | None
    ) = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 11022, VM 1, U"""

    total_keep_vein_open_volume_administered: Num | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: NUM EV (130165, DCM, \"Total Keep Vein Open Volume Administered\"), VM 1, U; units EV (ml, UCUM, \"ml\")"""
