"""TID 3102 Waveform Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num, Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3010

__all__ = [
    "TEMPLATE",
    "WaveformAcquisition",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3102",
    name="Waveform Acquisition",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="WAVEFORM",
            requirement="M",
            concept=Code("DCM", "121143", "Waveform Acquired"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121139", "Modality"),
            values=(("cid", "D", "29"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121142", "Acquisition Duration"),
        ),
        RowDef(key="4", nesting=1, value_type="INCLUDE", requirement="U", include="3010"),
    ),
)


@dataclass(kw_only=True)
class WaveformAcquisition(TemplatePart):
    """TID 3102 Waveform Acquisition."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Reference
    """The value of row 1 (WAVEFORM)."""

    modality: groups.Cid29Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121139, DCM, \"Modality\"), VM 1, M; values DCID 29"""

    acquisition_duration: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (121142, DCM, \"Acquisition Duration\"), VM 1, U"""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3010, VM 1, U"""
