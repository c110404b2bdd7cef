"""Respiratory Synchronization Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.respiratory_synchronization_sequence_item import (
        RespiratorySynchronizationSequenceItem as _RespiratorySynchronizationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RespiratorySynchronizationSequenceItem = Lazy(
        "dicomodel.items.respiratory_synchronization_sequence_item",
        "RespiratorySynchronizationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.ending_respiratory_phase import (
        EndingRespiratoryPhase as EndingRespiratoryPhase,
    )
    from dicomodel.enums.starting_respiratory_phase import (
        StartingRespiratoryPhase as StartingRespiratoryPhase,
    )
    from dicomodel.items.respiratory_synchronization_sequence_item import (
        RespiratorySynchronizationSequenceItem as RespiratorySynchronizationSequenceItem,
    )

__all__ = [
    "EndingRespiratoryPhase",
    "RespiratorySynchronizationMacro",
    "RespiratorySynchronizationSequenceItem",
    "StartingRespiratoryPhase",
]


class RespiratorySynchronizationMacro(DicomModel):
    """Respiratory Synchronization Macro Attributes (PS3.3 Table C.7.6.16-18)."""

    dicom_name: ClassVar[str] = "Respiratory Synchronization"
    dicom_table: ClassVar[str] = "table_C.7.6.16-18"

    RespiratorySynchronizationSequence: Annotated[
        list[_RespiratorySynchronizationSequenceItem],
        Attribute(0x00209253, "SQ", "1", "1", name="Respiratory Synchronization Sequence"),
    ]
    """Respiratory Synchronization Sequence (0020,9253): Type 1, VR SQ, VM 1. Sequence that describes the frame specific respiratory synchronization parameters. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EndingRespiratoryPhase": (
        "dicomodel.enums.ending_respiratory_phase",
        "EndingRespiratoryPhase",
    ),
    "RespiratorySynchronizationSequenceItem": (
        "dicomodel.items.respiratory_synchronization_sequence_item",
        "RespiratorySynchronizationSequenceItem",
    ),
    "StartingRespiratoryPhase": (
        "dicomodel.enums.starting_respiratory_phase",
        "StartingRespiratoryPhase",
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
