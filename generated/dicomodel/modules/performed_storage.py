"""Performed Storage Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.storage_protocol_element_sequence_item import (
        StorageProtocolElementSequenceItem as _StorageProtocolElementSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _StorageProtocolElementSequenceItem = Lazy(
        "dicomodel.items.storage_protocol_element_sequence_item",
        "StorageProtocolElementSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.dicom_storage_sequence_item import (
        DICOMStorageSequenceItem as DICOMStorageSequenceItem,
    )
    from dicomodel.items.storage_item import StorageItem as OutputInformationSequenceItem
    from dicomodel.items.storage_protocol_element_sequence_item import (
        StorageProtocolElementSequenceItem as StorageProtocolElementSequenceItem,
    )
    from dicomodel.items.stowrs_storage_sequence_item import (
        STOWRSStorageSequenceItem as STOWRSStorageSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSStorageSequenceItem,
    )

__all__ = [
    "DICOMStorageSequenceItem",
    "OutputInformationSequenceItem",
    "PerformedStorageModule",
    "STOWRSStorageSequenceItem",
    "StorageProtocolElementSequenceItem",
    "XDSStorageSequenceItem",
]


class PerformedStorageModule(DicomModel):
    """Performed Storage Module Attributes (PS3.3 Table C.34.14-1)."""

    dicom_name: ClassVar[str] = "Performed Storage"
    dicom_table: ClassVar[str] = "table_C.34.14-1"

    StorageProtocolElementSequence: Annotated[
        list[_StorageProtocolElementSequenceItem],
        Attribute(0x00189936, "SQ", "1", "1", name="Storage Protocol Element Sequence"),
    ]
    """Storage Protocol Element Sequence (0018,9936): Type 1, VR SQ, VM 1. Parameter values for each storage protocol element in the Protocol. The output Instances of the referenced Acquisition or Reconstruction Protocol Elements are stored to the location specified in the Output Information Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DICOMStorageSequenceItem": (
        "dicomodel.items.dicom_storage_sequence_item",
        "DICOMStorageSequenceItem",
    ),
    "OutputInformationSequenceItem": ("dicomodel.items.storage_item", "StorageItem"),
    "STOWRSStorageSequenceItem": (
        "dicomodel.items.stowrs_storage_sequence_item",
        "STOWRSStorageSequenceItem",
    ),
    "StorageProtocolElementSequenceItem": (
        "dicomodel.items.storage_protocol_element_sequence_item",
        "StorageProtocolElementSequenceItem",
    ),
    "XDSStorageSequenceItem": (
        "dicomodel.items.xds_retrieval_sequence_item",
        "XDSRetrievalSequenceItem",
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
