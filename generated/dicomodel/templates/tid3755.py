"""TID 3755 Waveform Library Entry.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3756

__all__ = [
    "TEMPLATE",
    "WaveformLibraryEntry",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3755",
    name="Waveform Library Entry",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(key="1", nesting=0, value_type="WAVEFORM", requirement="M"),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3756",
        ),
    ),
)


@dataclass(kw_only=True)
class WaveformLibraryEntry(TemplatePart):
    """TID 3755 Waveform Library Entry."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Reference
    """The value of row 1 (WAVEFORM)."""

    waveform_library_entry_descriptors: tid3756.WaveformLibraryEntryDescriptors | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3756, VM 1, U"""
