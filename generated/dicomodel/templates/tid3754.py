"""TID 3754 Waveform Library.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3755, tid3756

__all__ = [
    "TEMPLATE",
    "WaveformLibrary",
    "WaveformLibraryWaveformLibraryGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3754",
    name="Waveform Library",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130877", "Waveform Library"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "130878", "Waveform Library Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3756",
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3755",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class WaveformLibrary(TemplatePart):
    """TID 3754 Waveform Library."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    waveform_library_group: list[WaveformLibraryWaveformLibraryGroup] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CONTAINER EV (130878, DCM, \"Waveform Library Group\"), VM 1-n, U"""


@dataclass(kw_only=True)
class WaveformLibraryWaveformLibraryGroup(TemplatePart):
    """Row 2 of TID 3754."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    waveform_library_entry_descriptors: tid3756.WaveformLibraryEntryDescriptors | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3756, VM 1, U"""

    waveform_library_entry: list[tid3755.WaveformLibraryEntry] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3755, VM 1-n, U"""
