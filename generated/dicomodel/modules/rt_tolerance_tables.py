"""RT Tolerance Tables Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.tolerance_table_sequence_item import (
        ToleranceTableSequenceItem as _ToleranceTableSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ToleranceTableSequenceItem = Lazy(
        "dicomodel.items.tolerance_table_sequence_item", "ToleranceTableSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.items.beam_limiting_device_tolerance_sequence_item import (
        BeamLimitingDeviceToleranceSequenceItem as BeamLimitingDeviceToleranceSequenceItem,
    )
    from dicomodel.items.tolerance_table_sequence_item import (
        ToleranceTableSequenceItem as ToleranceTableSequenceItem,
    )

__all__ = [
    "BeamLimitingDeviceToleranceSequenceItem",
    "RTBeamLimitingDeviceType",
    "RTToleranceTablesModule",
    "ToleranceTableSequenceItem",
]


class RTToleranceTablesModule(DicomModel):
    """RT Tolerance Tables Module Attributes (PS3.3 Table C.8-47)."""

    dicom_name: ClassVar[str] = "RT Tolerance Tables"
    dicom_table: ClassVar[str] = "table_C.8-47"

    ToleranceTableSequence: Annotated[
        list[_ToleranceTableSequenceItem] | None,
        Attribute(0x300A0040, "SQ", "1", "3", name="Tolerance Table Sequence"),
    ] = None
    """Tolerance Table Sequence (300A,0040): Type 3, VR SQ, VM 1. Sequence of tolerance tables to be used for delivery of treatment plan. One or more Items are permitted in this Sequence. See Note 1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeamLimitingDeviceToleranceSequenceItem": (
        "dicomodel.items.beam_limiting_device_tolerance_sequence_item",
        "BeamLimitingDeviceToleranceSequenceItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "ToleranceTableSequenceItem": (
        "dicomodel.items.tolerance_table_sequence_item",
        "ToleranceTableSequenceItem",
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
