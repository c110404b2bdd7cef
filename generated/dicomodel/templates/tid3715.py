"""TID 3715 ECG Measurement Source.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ECGMeasurementSource",
    "ECGMeasurementSourceSourceOfMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3715",
    name="ECG Measurement Source",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "122149", "Beat Number"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "370129005", "Measurement Method"),
            values=(("cid", "D", "3676"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TCOORD",
            requirement="U",
            concept=Code("DCM", "121112", "Source of Measurement"),
        ),
        RowDef(
            key="4", nesting=1, value_type="WAVEFORM", requirement="U", relationship="SELECTED FROM"
        ),
    ),
)


@dataclass(kw_only=True)
class ECGMeasurementSource(TemplatePart):
    """TID 3715 ECG Measurement Source."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    beat_number: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (122149, DCM, \"Beat Number\"), VM 1, U"""

    measurement_method: groups.Cid3676Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (370129005, SCT, \"Measurement Method\"), VM 1, U; values DCID 3676"""

    source_of_measurement: ECGMeasurementSourceSourceOfMeasurement | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: TCOORD EV (121112, DCM, \"Source of Measurement\"), VM 1, U"""


@dataclass(kw_only=True)
class ECGMeasurementSourceSourceOfMeasurement(TemplatePart):
    """Row 3 of TID 3715."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    waveform_4: Reference | None = field(default=None, metadata={"row": "4"})
    """Row 4: WAVEFORM -, VM 1, U"""
