"""Item class WaveformPresentationGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.channel_display_sequence_item import (
        ChannelDisplaySequenceItem as _ChannelDisplaySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ChannelDisplaySequenceItem = Lazy(
        "dicomodel.items.channel_display_sequence_item", "ChannelDisplaySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.display_shading_flag import DisplayShadingFlag as DisplayShadingFlag
    from dicomodel.items.channel_display_sequence_item import (
        ChannelDisplaySequenceItem as ChannelDisplaySequenceItem,
    )

__all__ = [
    "ChannelDisplaySequenceItem",
    "DisplayShadingFlag",
    "WaveformPresentationGroupSequenceItem",
]


class WaveformPresentationGroupSequenceItem(DicomModel):
    """An item of Waveform Presentation Group Sequence (003A,0240), as first defined in Waveform Module Attributes (C.10-9)."""

    dicom_name: ClassVar[str] = "Waveform Presentation Group Sequence"
    dicom_table: ClassVar[str] = "table_C.10-9"

    PresentationGroupNumber: Annotated[
        vr.US, Attribute(0x003A0241, "US", "1", "1", name="Presentation Group Number")
    ]
    """Presentation Group Number (003A,0241): Type 1, VR US, VM 1. A number that identifies the Presentation Group."""

    ChannelDisplaySequence: Annotated[
        list[_ChannelDisplaySequenceItem],
        Attribute(0x003A0242, "SQ", "1", "1", name="Channel Display Sequence"),
    ]
    """Channel Display Sequence (003A,0242): Type 1, VR SQ, VM 1. Sequence of Items, each Item describing a channel to be displayed in the Presentation Group. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ChannelDisplaySequenceItem": (
        "dicomodel.items.channel_display_sequence_item",
        "ChannelDisplaySequenceItem",
    ),
    "DisplayShadingFlag": ("dicomodel.enums.display_shading_flag", "DisplayShadingFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
