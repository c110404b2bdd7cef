"""TID 3714 ECG Lead Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3715

__all__ = [
    "TEMPLATE",
    "ECGLeadMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3714",
    name="ECG Lead Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122159", "ECG Lead Measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122148", "Lead ID"),
            values=(("cid", "B", "3001"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="3715",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3687"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3688"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "mV", "UCUM", "mV"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "365416000", "ST Segment Finding"),
            values=(("cid", "D", "3233"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3680"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ECGLeadMeasurements(TemplatePart):
    """TID 3714 ECG Lead Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    lead_id: groups.Cid3001Code | Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (122148, DCM, \"Lead ID\"), VM 1, M; values BCID 3001"""

    ecg_measurement_source: tid3715.ECGMeasurementSource | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3715, VM 1, U"""

    cid_3687: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: NUM DCID 3687, VM 1-n, U; units EV (ms, UCUM, \"ms\")"""

    cid_3688: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: NUM DCID 3688, VM 1-n, U; units EV (mV, UCUM, \"mV\")"""

    st_segment_finding: groups.Cid3233Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (365416000, SCT, \"ST Segment Finding\"), VM 1, U; values DCID 3233"""

    finding: list[groups.Cid3680Code] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3680"""
