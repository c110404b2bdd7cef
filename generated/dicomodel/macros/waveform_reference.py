"""Waveform Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_sop_sequence_item_waveform_reference import (
        ReferencedSOPSequenceItemWaveformReference as _ReferencedSOPSequenceItemWaveformReference,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSOPSequenceItemWaveformReference = Lazy(
        "dicomodel.items.referenced_sop_sequence_item_waveform_reference",
        "ReferencedSOPSequenceItemWaveformReference",
    )

if TYPE_CHECKING:
    from dicomodel.items.referenced_sop_sequence_item_waveform_reference import (
        ReferencedSOPSequenceItemWaveformReference as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ReferencedSOPSequenceItem",
    "WaveformReferenceMacro",
]


class WaveformReferenceMacro(DicomModel):
    """Waveform Reference Macro Attributes (PS3.3 Table C.18.5-1)."""

    dicom_name: ClassVar[str] = "Waveform Reference"
    dicom_table: ClassVar[str] = "table_C.18.5-1"

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItemWaveformReference],
        Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
    ]
    """Referenced SOP Sequence (0008,1199): Type 1, VR SQ, VM 1. References to Composite Object SOP Class/SOP Instance pairs. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_waveform_reference",
        "ReferencedSOPSequenceItemWaveformReference",
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
