"""TID 3757 Waveform Library Entry Multiplex Group Descriptors.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "WaveformLibraryEntryMultiplexGroupDescriptors",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3757",
    name="Waveform Library Entry Multiplex Group Descriptors",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130879", "Waveform Library Entry Multiplex Group Descriptors"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130880", "Multiplex Group Number"),
            units=(("code", "", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="UIDREF",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130881", "Multiplex Group UID"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130882", "Sampling Frequency"),
            units=(("code", "", "Hz", "UCUM", "Hz"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "130883", "Number of Channels"),
            units=(("code", "EV", "{channels}", "UCUM", "channels"),),
        ),
    ),
)


@dataclass(kw_only=True)
class WaveformLibraryEntryMultiplexGroupDescriptors(TemplatePart):
    """TID 3757 Waveform Library Entry Multiplex Group Descriptors."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    multiplex_group_number: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (130880, DCM, \"Multiplex Group Number\"), VM 1, U; units (1, UCUM, \"no units\")"""

    multiplex_group_uid: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: UIDREF EV (130881, DCM, \"Multiplex Group UID\"), VM 1, U"""

    sampling_frequency: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (130882, DCM, \"Sampling Frequency\"), VM 1, U; units (Hz, UCUM, \"Hz\")"""

    number_of_channels: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (130883, DCM, \"Number of Channels\"), VM 1, U; units EV ({channels}, UCUM, \"channels\")"""
