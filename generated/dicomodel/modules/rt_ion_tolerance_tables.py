"""RT Ion Tolerance Tables Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ion_tolerance_table_sequence_item import (
        IonToleranceTableSequenceItem as _IonToleranceTableSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IonToleranceTableSequenceItem = Lazy(
        "dicomodel.items.ion_tolerance_table_sequence_item", "IonToleranceTableSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.items.beam_limiting_device_tolerance_sequence_item import (
        BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
    )
    from dicomodel.items.ion_tolerance_table_sequence_item import (
        IonToleranceTableSequenceItem as IonToleranceTableSequenceItem,
    )

__all__ = [
    "BeamLimitingDeviceToleranceSequenceItem",
    "IonToleranceTableSequenceItem",
    "RTBeamLimitingDeviceType",
    "RTIonToleranceTablesModule",
]


class RTIonToleranceTablesModule(DicomModel):
    """RT Ion Tolerance Tables Module Attributes (PS3.3 Table C.8.8.24-1)."""

    dicom_name: ClassVar[str] = "RT Ion Tolerance Tables"
    dicom_table: ClassVar[str] = "table_C.8.8.24-1"

    IonToleranceTableSequence: Annotated[
        list[_IonToleranceTableSequenceItem],
        Attribute(0x300A03A0, "SQ", "1", "1", name="Ion Tolerance Table Sequence"),
    ]
    """Ion Tolerance Table Sequence (300A,03A0): Type 1, VR SQ, VM 1. Sequence of ion tolerance tables to be used for delivery of treatment plan. One or more Items shall be included in this Sequence. See Note 1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDeviceToleranceSequenceItem": (
        "dicomodel.items.beam_limiting_device_tolerance_sequence_item",
        "BeamLimitingDeviceToleranceSequenceItem",
    ),
    "IonToleranceTableSequenceItem": (
        "dicomodel.items.ion_tolerance_table_sequence_item",
        "IonToleranceTableSequenceItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
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
