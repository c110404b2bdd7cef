"""Item class MeasuredMetersetToDoseMappingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DoseMeasurementDeviceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DoseMeasurementDeviceCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredMetersetToDoseMappingSequenceItem",
]


class MeasuredMetersetToDoseMappingSequenceItem(DicomModel):
    """An item of Measured Meterset to Dose Mapping Sequence (300A,0772), as first defined in RT Dose Contribution Record Module Attributes (C.36.21-1)."""

    dicom_name: ClassVar[str] = "Measured Meterset to Dose Mapping Sequence"
    dicom_table: ClassVar[str] = "table_C.36.21-1"

    ReferencedExpectedInVivoMeasurementValueIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0773, "US", "1", "3", name="Referenced Expected In-Vivo Measurement Value Index"
        ),
    ] = None
    """Referenced Expected In-Vivo Measurement Value Index (300A,0773): Type 3, VR US, VM 1. Expected In-Vivo Measurement Value Index (300A,0622) in the Expected In-Vivo Measurement Value Sequence (300A,0621) from the RT Radiation Set Instance that is being recorded."""

    CumulativeMeterset: Annotated[
        vr.FD, Attribute(0x300A063C, "FD", "1", "1", name="Cumulative Meterset")
    ]
    """Cumulative Meterset (300A,063C): Type 1, VR FD, VM 1. Cumulative Meterset where a dose value is delivered."""

    RadiationDoseValue: Annotated[
        vr.FD, Attribute(0x300A0625, "FD", "1", "1", name="Radiation Dose Value")
    ]
    """Radiation Dose Value (300A,0625): Type 1, VR FD, VM 1. Dose value in Gy delivered at the corresponding Cumulative Meterset (300A,063C) of the current SOP Instance."""

    DoseMeasurementDeviceCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x300A0774, "SQ", "1", "2", name="Dose Measurement Device Code Sequence"),
    ]
    """Dose Measurement Device Code Sequence (300A,0774): Type 2, VR SQ, VM 1. Device used to measure the dose data. Zero or one Item shall be included in this Sequence."""

    MeasuredDoseDescription: Annotated[
        vr.ST | None, Attribute(0x30080012, "ST", "1", "3", name="Measured Dose Description")
    ] = None
    """Measured Dose Description (3008,0012): Type 3, VR ST, VM 1. User-defined description of Measured Dose (e.g. \"Exit dose\", \"Point A\")."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DoseMeasurementDeviceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
