"""TID 11021 Imaging Agent Administration Adverse Events.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ImagingAgentAdministrationAdverseEvents",
    "ImagingAgentAdministrationAdverseEventsAdverseEvent",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="11021",
    name="Imaging Agent Administration Adverse Events",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130212", "Imaging Agent Administration Adverse Events"),
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
            concept=Code("NCIt", "C41331", "Adverse Event"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "60"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "B", "3716"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "118578006", "Relative Time"),
            values=(("cid", "D", "12102"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="DATETIME",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130215", "Adverse Event Detection DateTime"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="NUM",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "130214", "Estimated Extravasation Volume"),
            condition='IF value of Row 3 = (95384003, SCT, "Injection Site Extravasation")',
            condition_status="parsed",
            required_if=("row_code", "3", (("95384003", "SCT"),)),
            units=(("code", "EV", "ml", "UCUM", "ml"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "130216", "Referenced Imaging Agent Administration Step UID"),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "130262", "Referenced Imaging Agent Administration Phase UID"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingAgentAdministrationAdverseEvents(TemplatePart):
    """TID 11021 Imaging Agent Administration Adverse Events."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    administration_discontinued: groups.Cid231Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (130220, DCM, \"Administration discontinued\"), VM 1, U; values DCID 231"""

    adverse_event: list[ImagingAgentAdministrationAdverseEventsAdverseEvent] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (C41331, NCIt, \"Adverse Event\"), VM 1-n, M; values DCID 60"""


@dataclass(kw_only=True)
class ImagingAgentAdministrationAdverseEventsAdverseEvent(TemplatePart):
    """Row 3 of TID 11021."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid60Code
    """The value of row 3 (CODE)."""

    severity: groups.Cid3716Code | Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values BCID 3716"""

    relative_time: groups.Cid12102Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (118578006, SCT, \"Relative Time\"), VM 1, U; values DCID 12102"""

    adverse_event_detection_datetime: str = field(metadata={"row": "6"})
    """Row 6: DATETIME EV (130215, DCM, \"Adverse Event Detection DateTime\"), VM 1, M"""

    estimated_extravasation_volume: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (130214, DCM, \"Estimated Extravasation Volume\"), VM 1, UC: IF value of Row 3 = (95384003, SCT, \"Injection Site Extravasation\"); units EV (ml, UCUM, \"ml\")"""

    referenced_imaging_agent_administration_step_uid: str | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: UIDREF EV (130216, DCM, \"Referenced Imaging Agent Administration Step UID\"), VM 1, U"""

    referenced_imaging_agent_administration_phase_uid: str | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: UIDREF EV (130262, DCM, \"Referenced Imaging Agent Administration Phase UID\"), VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "10"})
    """Row 10: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
