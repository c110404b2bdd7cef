"""Item class StorageItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.dicom_storage_sequence_item import (
        DICOMStorageSequenceItem as _DICOMStorageSequenceItem,
    )
    from dicomodel.items.stowrs_storage_sequence_item import (
        STOWRSStorageSequenceItem as _STOWRSStorageSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as _XDSRetrievalSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DICOMStorageSequenceItem = Lazy(
        "dicomodel.items.dicom_storage_sequence_item", "DICOMStorageSequenceItem"
    )
    _STOWRSStorageSequenceItem = Lazy(
        "dicomodel.items.stowrs_storage_sequence_item", "STOWRSStorageSequenceItem"
    )
    _XDSRetrievalSequenceItem = Lazy(
        "dicomodel.items.xds_retrieval_sequence_item", "XDSRetrievalSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.dicom_storage_sequence_item import (
        DICOMStorageSequenceItem as DICOMStorageSequenceItem,
    )
    from dicomodel.items.stowrs_storage_sequence_item import (
        STOWRSStorageSequenceItem as STOWRSStorageSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSStorageSequenceItem,
    )

__all__ = [
    "DICOMStorageSequenceItem",
    "STOWRSStorageSequenceItem",
    "StorageItem",
    "XDSStorageSequenceItem",
]


class StorageItem(DicomModel):
    """An item of Output Destination Sequence (0040,4070), as first defined in Unified Procedure Step Scheduled Procedure Information Module Attributes (C.30.2-1)."""

    dicom_name: ClassVar[str] = "Output Destination Sequence"
    dicom_table: ClassVar[str] = "table_C.30.2-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081150,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Class UID",
            when=(
                "unknown",
                "names no attribute: the storage request only applies to a specific SOP Class",
            ),
        ),
    ] = None
    """Referenced SOP Class UID (0008,1150): Type 1C, VR UI, VM 1. Required if the storage request only applies to a specific SOP Class. Uniquely identifies the referenced SOP Class. Required if the storage request only applies to a specific SOP Class."""

    DICOMStorageSequence: Annotated[
        list[_DICOMStorageSequenceItem] | None,
        Attribute(
            0x00404071,
            "SQ",
            "1",
            "1C",
            name="DICOM Storage Sequence",
            when=("and", ("not", ("present", 0x00404072)), ("not", ("present", 0x00404074))),
            otherwise="may",
        ),
    ] = None
    """DICOM Storage Sequence (0040,4071): Type 1C, VR SQ, VM 1. Required if STOW-RS Storage Sequence (0040,4072) or XDS Storage Sequence (0040,4074) is not present. May be present otherwise. Details for storing Instances via the DICOM Storage Service. Required if STOW-RS Storage Sequence (0040,4072) or XDS Storage Sequence (0040,4074) is not present. May be present otherwise."""

    STOWRSStorageSequence: Annotated[
        list[_STOWRSStorageSequenceItem] | None,
        Attribute(
            0x00404072,
            "SQ",
            "1",
            "1C",
            name="STOW-RS Storage Sequence",
            when=("and", ("not", ("present", 0x00404071)), ("not", ("present", 0x00404074))),
            otherwise="may",
        ),
    ] = None
    """STOW-RS Storage Sequence (0040,4072): Type 1C, VR SQ, VM 1. Required if DICOM Storage Sequence (0040,4071) and XDS Storage Sequence (0040,4074) are not present. May be present otherwise. Details for storing Instances via STOW-RS. Required if DICOM Storage Sequence (0040,4071) and XDS Storage Sequence (0040,4074) are not present. May be present otherwise. One or more Items shall be included in this Sequence."""

    XDSStorageSequence: Annotated[
        list[_XDSRetrievalSequenceItem] | None,
        Attribute(
            0x00404074,
            "SQ",
            "1",
            "1C",
            name="XDS Storage Sequence",
            when=("and", ("not", ("present", 0x00404072)), ("not", ("present", 0x00404071))),
            otherwise="may",
        ),
    ] = None
    """XDS Storage Sequence (0040,4074): Type 1C, VR SQ, VM 1. Required if STOW-RS Storage Sequence (0040,4072) and DICOM Storage Sequence (0040,4071) are not present. May be present otherwise. Details for storing Instances via the IHE Provide and Register Document Set-b (ITI-41) transaction [IHE ITI TF-2b]. Required if STOW-RS Storage Sequence (0040,4072) and DICOM Storage Sequence (0040,4071) are not present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DICOMStorageSequenceItem": (
        "dicomodel.items.dicom_storage_sequence_item",
        "DICOMStorageSequenceItem",
    ),
    "STOWRSStorageSequenceItem": (
        "dicomodel.items.stowrs_storage_sequence_item",
        "STOWRSStorageSequenceItem",
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
