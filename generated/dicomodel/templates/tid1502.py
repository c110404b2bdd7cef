"""TID 1502 Time Point Context.

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
    "TimePointContext",
    "TimePointContextLongitudinalTemporalOffsetFromEvent",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1502",
    name="Time Point Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "126070", "Subject Time Point Identifier"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "126071", "Protocol Time Point Identifier"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("UMLS", "C2348792", "Time Point"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "126072", "Time Point Type"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6146"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "126073", "Time Point Order"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "128740", "Longitudinal Temporal Offset from Event"),
            units=(("code", "DT", "d", "UCUM", "days"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "128741", "Longitudinal Temporal Event Type"),
            values=(("cid", "D", "280"),),
        ),
    ),
)


@dataclass(kw_only=True)
class TimePointContext(TemplatePart):
    """TID 1502 Time Point Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    subject_time_point_identifier: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (126070, DCM, \"Subject Time Point Identifier\"), VM 1, U"""

    protocol_time_point_identifier: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (126071, DCM, \"Protocol Time Point Identifier\"), VM 1, U"""

    time_point: str = field(metadata={"row": "3"})
    """Row 3: TEXT EV (C2348792, UMLS, \"Time Point\"), VM 1, M"""

    time_point_type: list[groups.Cid6146Code | Code] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (126072, DCM, \"Time Point Type\"), VM 1-n, U; values BCID 6146"""

    time_point_order: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (126073, DCM, \"Time Point Order\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    longitudinal_temporal_offset_from_event: (
        TimePointContextLongitudinalTemporalOffsetFromEvent | None
    ) = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (128740, DCM, \"Longitudinal Temporal Offset from Event\"), VM 1, U; units DT (d, UCUM, \"days\")"""


@dataclass(kw_only=True)
class TimePointContextLongitudinalTemporalOffsetFromEvent(TemplatePart):
    """Row 6 of TID 1502."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Num
    """The value of row 6 (NUM)."""

    longitudinal_temporal_event_type: groups.Cid280Code = field(metadata={"row": "7"})
    """Row 7: CODE EV (128741, DCM, \"Longitudinal Temporal Event Type\"), VM 1, M; values DCID 280"""
