"""TID 11008 Imaging Agent Administration Phase.

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
    from dicomodel.templates import tid11003

__all__ = [
    "TEMPLATE",
    "ImagingAgentAdministrationPhase",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11008",
    name="Imaging Agent Administration Phase",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130202", "Imaging Agent Administration Phase"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130203", "Imaging Agent Administration Phase Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130261", "Imaging Agent Administration Performed Phase UID"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "130204", "Imaging Agent Administration Phase Type"),
            condition='IF TID 11007 Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 11007 Row 4 = §0"),
            values=(("cid", "D", "62"),),
        ),
        RowDef(
            key="4a",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "130265", "Imaging Agent Administration Phase with Manual Hold"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration") AND TID 11007 Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: root Concept Name Code Sequence = §0 AND TID 11007 Row 4 = §1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: root Concept Name Code Sequence = §0 AND TID 11007 Row 4 = §1",
                ),
            ),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="11003",
            vm_min=1,
            vm_max=None,
            condition='IF TID 11007 Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 11007 Row 4 = §0"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130240", "Total Phase Volume Administered"),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="DATETIME",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")',
            condition_status="parsed",
            required_if=("root_concept", (("130227", "DCM"),)),
            forbidden_if=("not", ("root_concept", (("130227", "DCM"),))),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("UMLS", "C0449238", "Duration"),
            condition='IF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration")\nAND\nTID 11007 Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: root Concept Name Code Sequence = §0 and TID 11007 Row 4 = §1",
            ),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code(
                "DCM", "130264", "IImaging Agent Administration Injector Phase Identifier"
            ),
            condition='IFF root Concept Name Code Sequence = (130227, DCM, "Performed Imaging Agent Administration") AND TID 11007 Row 4 = (130173, DCM, "Automated Administration")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: root Concept Name Code Sequence = §0 AND TID 11007 Row 4 = §1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: root Concept Name Code Sequence = §0 AND TID 11007 Row 4 = §1",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationPhase(TemplatePart):
    """TID 11008 Imaging Agent Administration Phase."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    imaging_agent_administration_phase_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (130203, DCM, \"Imaging Agent Administration Phase Identifier\"), VM 1, M"""

    imaging_agent_administration_performed_phase_uid: str | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: UIDREF EV (130261, DCM, \"Imaging Agent Administration Performed Phase UID\"), VM 1, MC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    imaging_agent_administration_phase_type: groups.Cid62Code | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: CODE EV (130204, DCM, \"Imaging Agent Administration Phase Type\"), VM 1, MC: IF TID 11007 Row 4 = (130173, DCM, \"Automated Administration\"); values DCID 62"""

    imaging_agent_administration_phase_with_manual_hold: groups.Cid231Code | None = field(
        default=None, metadata={"row": "4a"}
    )
    """Row 4a: CODE EV (130265, DCM, \"Imaging Agent Administration Phase with Manual Hold\"), VM 1, UC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\") AND TID 11007 Row 4 = (130173, DCM, \"Automated Administration\"); values DCID 231"""

    imaging_agent_administration_activity: list[tid11003.ImagingAgentAdministrationActivity] = (
        field(default_factory=no_items, metadata={"row": "5"})
    )
    """Row 5: INCLUDE DTID 11003, VM 1-n, MC: IF TID 11007 Row 4 = (130173, DCM, \"Automated Administration\")"""

    total_phase_volume_administered: Num = field(metadata={"row": "6"})
    """Row 6: NUM EV (130240, DCM, \"Total Phase Volume Administered\"), VM 1, M; units EV (ml, UCUM, \"ml\")"""

    datetime_started: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: DATETIME EV (111526, DCM, \"DateTime Started\"), VM 1, MC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\")"""

    duration: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (C0449238, UMLS, \"Duration\"), VM 1, MC: IF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\") AND TID 11007 Row 4 = (130173, DCM, \"Automated Administration\"); units EV (s, UCUM, \"s\")"""

    iimaging_agent_administration_injector_phase_identifier: str | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: TEXT EV (130264, DCM, \"IImaging Agent Administration Injector Phase Identifier\"), VM 1, MC: IFF root Concept Name Code Sequence = (130227, DCM, \"Performed Imaging Agent Administration\") AND TID 11007 Row 4 = (130173, DCM, \"Automated Administration\")"""
