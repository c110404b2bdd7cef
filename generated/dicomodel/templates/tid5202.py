"""TID 5202 Echo Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid5203

__all__ = [
    "TEMPLATE",
    "EchoSection",
    "EchoSectionMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5202",
    name="Echo Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("parameter", "$SectionSubject"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125007", "Measurement Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "399264008", "Image Mode"),
            values=(("cid", "B", "12224"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("LN", "18139-6", "Stage"),
            values=(("cid", "B", "12002"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="5203",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("parameter", "$MeasType"),)),
                ("$Method", (("cid", "", "12227"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class EchoSection(TemplatePart):
    """TID 5202 Echo Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values $SectionSubject"""

    measurement_group: list[EchoSectionMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CONTAINER DT (125007, DCM, \"Measurement Group\"), VM 1-n, M"""


@dataclass(kw_only=True)
class EchoSectionMeasurementGroup(TemplatePart):
    """Row 3 of TID 5202."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    image_mode: groups.Cid12224Code | Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (399264008, SCT, \"Image Mode\"), VM 1, U; values BCID 12224"""

    acquisition_protocol: Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE DT (125203, DCM, \"Acquisition Protocol\"), VM 1, U"""

    acquisition_protocol_row_6: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT DT (125203, DCM, \"Acquisition Protocol\"), VM 1, U"""

    stage: groups.Cid12002Code | Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (18139-6, LN, \"Stage\"), VM 1, U; values BCID 12002"""

    echo_measurement: list[tid5203.EchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 5203, VM 1-n, M"""
