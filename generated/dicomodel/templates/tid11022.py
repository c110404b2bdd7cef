"""TID 11022 Imaging Agent Administration Injector Events.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImagingAgentAdministrationInjectorEvents",
    "ImagingAgentAdministrationInjectorEventsImagingAgentAdministrationInjectorEventType",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11022",
    name="Imaging Agent Administration Injector Events",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130233", "Imaging Agent Administration Injector Events"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130220", "Administration discontinued"),
            values=(("cid", "D", "231"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130234", "Imaging Agent Administration Injector Event Type"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "71"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="DATETIME",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130235", "Injector Event Detection DateTime"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "130216", "Referenced Imaging Agent Administration Step UID"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "130262", "Referenced Imaging Agent Administration Phase UID"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="UC",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "130255", "Referenced Imaging Agent Identifier"),
            condition="IFF there is more than one syringe and the syringe/pump can be identified.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IFF there is more than one syringe and the syringe/pump can be identified",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "outside the content tree: IFF there is more than one syringe and the syringe/pump can be identified",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationInjectorEvents(TemplatePart):
    """TID 11022 Imaging Agent Administration Injector Events."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    administration_discontinued: groups.Cid231Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (130220, DCM, \"Administration discontinued\"), VM 1, U; values DCID 231"""

    imaging_agent_administration_injector_event_type: list[
        ImagingAgentAdministrationInjectorEventsImagingAgentAdministrationInjectorEventType
    ] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: CODE EV (130234, DCM, \"Imaging Agent Administration Injector Event Type\"), VM 1-n, M; values DCID 71"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationInjectorEventsImagingAgentAdministrationInjectorEventType(
    TemplatePart
):
    """Row 3 of TID 11022."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid71Code
    """The value of row 3 (CODE)."""

    injector_event_detection_datetime: str = field(metadata={"row": "4"})
    """Row 4: DATETIME EV (130235, DCM, \"Injector Event Detection DateTime\"), VM 1, M"""

    referenced_imaging_agent_administration_step_uid: str | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: UIDREF EV (130216, DCM, \"Referenced Imaging Agent Administration Step UID\"), VM 1, U"""

    referenced_imaging_agent_administration_phase_uid: str | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: UIDREF EV (130262, DCM, \"Referenced Imaging Agent Administration Phase UID\"), VM 1, U"""

    referenced_imaging_agent_identifier: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (130255, DCM, \"Referenced Imaging Agent Identifier\"), VM 1, UC: IFF there is more than one syringe and the syringe/pump can be identified."""
