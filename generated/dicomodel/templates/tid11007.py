"""TID 11007 Imaging Agent Administration Step.

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
    from dicomodel.templates import tid11008, tid11023

__all__ = [
    "TEMPLATE",
    "ImagingAgentAdministrationStep",
    "ImagingAgentAdministrationStepRouteOfAdministration",
    "ImagingAgentAdministrationStepRouteOfAdministrationSiteOf",
    "ImagingAgentAdministrationStepManuallyTriggeredInjectionInformation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11007",
    name="Imaging Agent Administration Step",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130195", "Imaging Agent Administration Step"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130196", "Imaging Agent Administration Step Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130246", "Imaging Agent Administration Performed Step UID"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130181", "Administration Mode"),
            values=(("cid", "D", "63"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "113874", "Person Role in Organization"),
            vm_min=1,
            vm_max=None,
            condition='IF value of Row 4 = (130174, DCM, "Manual Administration"',
            condition_status="parsed",
            required_if=("row_code", "4", (("130174", "DCM"),)),
            values=(("cid", "D", "7450"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130250", "Administration Step Type"),
            values=(("cid", "D", "72"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130197", "Administration Delay"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130198", "Scan Delay"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130193", "Pressure Limit"),
            condition='IFF value of Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="parsed",
            required_if=("row_code", "4", (("130173", "DCM"),)),
            forbidden_if=("not", ("row_code", "4", (("130173", "DCM"),))),
            units=(("code", "EV", "kPa", "UCUM", "kPa"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "410675002", "Route of Administration"),
            values=(("cid", "D", "11"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "272737002", "Site of"),
            condition='IF value of Row 10 = (47625008, SCT, "Intravenous route")\nOR\n(12130007, SCT, "Intra-articular route")',
            condition_status="parsed",
            required_if=("row_code", "10", (("47625008", "SCT"), ("12130007", "SCT"))),
            values=(("cid", "D", "3746"),),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IF Row 11 has laterality",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 11 has laterality"),
            values=(("cid", "D", "247"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="11008",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="11023",
            vm_min=1,
            vm_max=None,
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130219", "Number of Injector Heads"),
            condition='IF value of Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="parsed",
            required_if=("row_code", "4", (("130173", "DCM"),)),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130218", "Programmable Injector Device"),
            condition='IF value of Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="parsed",
            required_if=("row_code", "4", (("130173", "DCM"),)),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CONTAINER",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130172", "Manually triggered injection information"),
            condition='IFF value of Row 4 = (130173, DCM, "Automated Administration")\nAND\nroot Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=(
                "and",
                ("row_code", "4", (("130173", "DCM"),)),
                ("root_concept", (("130227", "DCM"),)),
            ),
            forbidden_if=(
                "not",
                (
                    "and",
                    ("row_code", "4", (("130173", "DCM"),)),
                    ("root_concept", (("130227", "DCM"),)),
                ),
            ),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130241", "Total Step Volume Administered"),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130242", "Total number of manually triggered injections"),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130445", "Imaging Agent Administration Step Sequence Number"),
            condition='IF root Concept Name Code Sequence = (130226, DCM, "Planned Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130226", "DCM"),)),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationStep(TemplatePart):
    """TID 11007 Imaging Agent Administration Step."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    imaging_agent_administration_step_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (130196, DCM, \"Imaging Agent Administration Step Identifier\"), VM 1, M"""

    imaging_agent_administration_performed_step_uid: str | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: UIDREF EV (130246, DCM, \"Imaging Agent Administration Performed Step UID\"), VM 1, MC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    administration_mode: groups.Cid63Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (130181, DCM, \"Administration Mode\"), VM 1, M; values DCID 63"""

    person_role_in_organization: list[groups.Cid7450Code] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE EV (113874, DCM, \"Person Role in Organization\"), VM 1-n, MC: IF value of Row 4 = (130174, DCM, \"Manual Administration\"; values DCID 7450"""

    administration_step_type: groups.Cid72Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (130250, DCM, \"Administration Step Type\"), VM 1, M; values DCID 72"""

    administration_delay: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (130197, DCM, \"Administration Delay\"), VM 1, U; units EV (s, UCUM, \"s\")"""

    scan_delay: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (130198, DCM, \"Scan Delay\"), VM 1, U; units EV (s, UCUM, \"s\")"""

    pressure_limit: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (130193, DCM, \"Pressure Limit\"), VM 1, UC: IFF value of Row 4 = (130173, DCM, \"Automated Administration\"); units EV (kPa, UCUM, \"kPa\")"""

    route_of_administration: ImagingAgentAdministrationStepRouteOfAdministration = field(
        metadata={"row": "10"}
    )
    """Row 10: CODE EV (410675002, SCT, \"Route of Administration\"), VM 1, M; values DCID 11"""

    imaging_agent_administration_phase: list[tid11008.ImagingAgentAdministrationPhase] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 11008, VM 1-n, M"""

    imaging_agent_administration_graph: list[tid11023.ImagingAgentAdministrationGraph] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 11023, VM 1-n, UC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    number_of_injector_heads: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (130219, DCM, \"Number of Injector Heads\"), VM 1, UC: IF value of Row 4 = (130173, DCM, \"Automated Administration\")"""

    programmable_injector_device: groups.Cid231Code | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: CODE EV (130218, DCM, \"Programmable Injector Device\"), VM 1, UC: IF value of Row 4 = (130173, DCM, \"Automated Administration\"); values DCID 231"""

    manually_triggered_injection_information: (
        ImagingAgentAdministrationStepManuallyTriggeredInjectionInformation | None
    ) = field(default=None, metadata={"row": "17"})
    """Row 17: CONTAINER EV (130172, DCM, \"Manually triggered injection information\"), VM 1, UC: IFF value of Row 4 = (130173, DCM, \"Automated Administration\") AND root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    imaging_agent_administration_step_sequence_number: Num | None = field(
        default=None, metadata={"row": "20"}
    )
    """Row 20: NUM EV (130445, DCM, \"Imaging Agent Administration Step Sequence Number\"), VM 1, MC: IF root Concept Name Code Sequence = (130226, DCM, \"Planned Imaging Agent Administration\"); units EV (1, UCUM, \"no units\")"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationStepRouteOfAdministration(TemplatePart):
    """Row 10 of TID 11007."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    value: groups.Cid11Code
    """The value of row 10 (CODE)."""

    site_of: ImagingAgentAdministrationStepRouteOfAdministrationSiteOf | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (272737002, SCT, \"Site of\"), VM 1, UC: IF value of Row 10 = (47625008, SCT, \"Intravenous route\") OR (12130007, SCT, \"Intra-articular route\"); values DCID 3746"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationStepRouteOfAdministrationSiteOf(TemplatePart):
    """Row 11 of TID 11007."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    value: groups.Cid3746Code
    """The value of row 11 (CODE)."""

    laterality: groups.Cid247Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (272741003, SCT, \"Laterality\"), VM 1, UC: IF Row 11 has laterality; values DCID 247"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationStepManuallyTriggeredInjectionInformation(TemplatePart):
    """Row 17 of TID 11007."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    total_step_volume_administered: Num = field(metadata={"row": "18"})
    """Row 18: NUM EV (130241, DCM, \"Total Step Volume Administered\"), VM 1, M; units EV (ml, UCUM, \"ml\")"""

    total_number_of_manually_triggered_injections: Num = field(metadata={"row": "19"})
    """Row 19: NUM EV (130242, DCM, \"Total number of manually triggered injections\"), VM 1, M"""
