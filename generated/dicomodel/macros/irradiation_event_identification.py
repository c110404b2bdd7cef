"""Irradiation Event Identification Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.irradiation_event_identification_sequence_item import (
        IrradiationEventIdentificationSequenceItem as _IrradiationEventIdentificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IrradiationEventIdentificationSequenceItem = Lazy(
        "dicomodel.items.irradiation_event_identification_sequence_item",
        "IrradiationEventIdentificationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.irradiation_event_identification_sequence_item import (
        IrradiationEventIdentificationSequenceItem as IrradiationEventIdentificationSequenceItem,
    )

__all__ = [
    "IrradiationEventIdentificationMacro",
    "IrradiationEventIdentificationSequenceItem",
]


class IrradiationEventIdentificationMacro(DicomModel):
    """Irradiation Event Identification Macro Attributes (PS3.3 Table C.7.6.16-19)."""

    dicom_name: ClassVar[str] = "Irradiation Event Identification"
    dicom_table: ClassVar[str] = "table_C.7.6.16-19"

    IrradiationEventIdentificationSequence: Annotated[
        list[_IrradiationEventIdentificationSequenceItem],
        Attribute(0x00189477, "SQ", "1", "1", name="Irradiation Event Identification Sequence"),
    ]
    """Irradiation Event Identification Sequence (0018,9477): Type 1, VR SQ, VM 1. Sequence containing the Irradiation Event Identification for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IrradiationEventIdentificationSequenceItem": (
        "dicomodel.items.irradiation_event_identification_sequence_item",
        "IrradiationEventIdentificationSequenceItem",
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
