"""Item class OmittedChannelSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_channel_omission import (
        ReasonForChannelOmissionTerm as _ReasonForChannelOmissionTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _ReasonForChannelOmissionTerm = Lazy(
        "dicomodel.enums.reason_for_channel_omission", "ReasonForChannelOmissionTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.reason_for_channel_omission import (
        ReasonForChannelOmissionTerm as ReasonForChannelOmissionTerm,
    )

__all__ = [
    "OmittedChannelSequenceItem",
    "ReasonForChannelOmissionTerm",
]


class OmittedChannelSequenceItem(DicomModel):
    """An item of Omitted Channel Sequence (0074,1409), as first defined in RT Brachy Application Setup Delivery Instruction Module Attributes (C.8.8.30-1)."""

    dicom_name: ClassVar[str] = "Omitted Channel Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.30-1"

    ReferencedChannelNumber: Annotated[
        vr.IS, Attribute(0x00741406, "IS", "1", "1", name="Referenced Channel Number")
    ]
    """Referenced Channel Number (0074,1406): Type 1, VR IS, VM 1. Channel to be omitted, specified by the value of Channel Number (300A,0282) in the referenced RT Plan."""

    ReasonForChannelOmission: Annotated[
        _ReasonForChannelOmissionTerm | vr.CS,
        Attribute(0x0074140A, "CS", "1", "1", name="Reason for Channel Omission"),
    ]
    """Reason for Channel Omission (0074,140A): Type 1, VR CS, VM 1. Reason why the referenced channel is not to be delivered. Defined Terms: ALREADY_TREATED The channel has been already delivered. OTHER This channel is not to be delivered for other reasons."""

    ReasonForChannelOmissionDescription: Annotated[
        vr.LO | None,
        Attribute(0x0074140B, "LO", "1", "3", name="Reason for Channel Omission Description"),
    ] = None
    """Reason for Channel Omission Description (0074,140B): Type 3, VR LO, VM 1. Description of reason for omission."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
