"""Item class OmittedApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.omitted_channel_sequence_item import (
        OmittedChannelSequenceItem as _OmittedChannelSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OmittedChannelSequenceItem = Lazy(
        "dicomodel.items.omitted_channel_sequence_item", "OmittedChannelSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_channel_omission import (
        ReasonForChannelOmissionTerm as ReasonForChannelOmissionTerm,
    )
    from dicomodel.items.omitted_channel_sequence_item import (
        OmittedChannelSequenceItem as OmittedChannelSequenceItem,
    )

__all__ = [
    "OmittedApplicationSetupSequenceItem",
    "OmittedChannelSequenceItem",
    "ReasonForChannelOmissionTerm",
]


class OmittedApplicationSetupSequenceItem(DicomModel):
    """An item of Omitted Application Setup Sequence (0074,140E), as first defined in RT Brachy Application Setup Delivery Instruction Module Attributes (C.8.8.30-1)."""

    dicom_name: ClassVar[str] = "Omitted Application Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.30-1"

    ReferencedBrachyApplicationSetupNumber: Annotated[
        vr.IS,
        Attribute(0x300C000C, "IS", "1", "1", name="Referenced Brachy Application Setup Number"),
    ]
    """Referenced Brachy Application Setup Number (300C,000C): Type 1, VR IS, VM 1. Brachy Application Setup Number (300A,0234) within Brachy Application Setup Sequence (300A,0230) in referenced RT Plan."""

    OmittedChannelSequence: Annotated[
        list[_OmittedChannelSequenceItem],
        Attribute(0x00741409, "SQ", "1", "1", name="Omitted Channel Sequence"),
    ]
    """Omitted Channel Sequence (0074,1409): Type 1, VR SQ, VM 1. Channels defined for this Application Setup not to be delivered. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "OmittedChannelSequenceItem": (
        "dicomodel.items.omitted_channel_sequence_item",
        "OmittedChannelSequenceItem",
    ),
    "ReasonForChannelOmissionTerm": (
        "dicomodel.enums.reason_for_channel_omission",
        "ReasonForChannelOmissionTerm",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
