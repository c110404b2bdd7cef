"""TID 3708 ECG Waveform Information.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1003, tid4019

__all__ = [
    "TEMPLATE",
    "ECGWaveformInformation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3708",
    name="ECG Waveform Information",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="WAVEFORM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121112", "Source of Measurement"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("MDC", "10:11345", "Lead System"),
            values=(("cid", "D", "3263"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122142", "Acquisition Device Type"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121122", "Equipment Identification"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1003",
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121121", "Room Identification"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122146", "Procedure DateTime"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3690"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3691"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4019",
        ),
    ),
)


@dataclass(kw_only=True)
class ECGWaveformInformation(TemplatePart):
    """TID 3708 ECG Waveform Information."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    source_of_measurement: Reference | None = field(default=None, metadata={"row": "2"})
    """Row 2: WAVEFORM EV (121112, DCM, \"Source of Measurement\"), VM 1, U"""

    lead_system: groups.Cid3263Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (10:11345, MDC, \"Lead System\"), VM 1, U; values DCID 3263"""

    acquisition_device_type: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (122142, DCM, \"Acquisition Device Type\"), VM 1, U"""

    equipment_identification: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121122, DCM, \"Equipment Identification\"), VM 1, U"""

    person_observer_identifying_attributes: tid1003.PersonObserverIdentifyingAttributes | None = (
        field(default=None, metadata={"row": "6"})
    )
    """Row 6: INCLUDE DTID 1003, VM 1, U"""

    room_identification: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (121121, DCM, \"Room Identification\"), VM 1, U"""

    procedure_datetime: str = field(metadata={"row": "8"})
    """Row 8: DATETIME EV (122146, DCM, \"Procedure DateTime\"), VM 1, M"""

    cid_3690: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: NUM DCID 3690, VM 1-n, U"""

    cid_3691: list[Named[str]] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: TEXT DCID 3691, VM 1-n, U"""

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 4019, VM 1, U"""
