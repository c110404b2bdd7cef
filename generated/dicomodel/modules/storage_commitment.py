"""Storage Commitment Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.failed_sop_sequence_item import (
        FailedSOPSequenceItem as _FailedSOPSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_storage_commitment import (
        ReferencedSOPSequenceItemStorageCommitment as _ReferencedSOPSequenceItemStorageCommitment,
    )
else:
    from dicomodel.lazy import Lazy

    _FailedSOPSequenceItem = Lazy(
        "dicomodel.items.failed_sop_sequence_item", "FailedSOPSequenceItem"
    )
    _ReferencedSOPSequenceItemStorageCommitment = Lazy(
        "dicomodel.items.referenced_sop_sequence_item_storage_commitment",
        "ReferencedSOPSequenceItemStorageCommitment",
    )

if TYPE_CHECKING:
    from dicomodel.items.failed_sop_sequence_item import (
        FailedSOPSequenceItem as FailedSOPSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_storage_commitment import (
        ReferencedSOPSequenceItemStorageCommitment as ReferencedSOPSequenceItem,
    )

__all__ = [
    "FailedSOPSequenceItem",
    "ReferencedSOPSequenceItem",
    "StorageCommitmentModule",
]


class StorageCommitmentModule(DicomModel):
    """Storage Commitment Module Attributes (PS3.3 Table C.14-1)."""

    dicom_name: ClassVar[str] = "Storage Commitment"
    dicom_table: ClassVar[str] = "table_C.14-1"

    TransactionUID: Annotated[
        vr.UI | None, Attribute(0x00081195, "UI", "1", None, name="Transaction UID")
    ] = None
    """Transaction UID (0008,1195): no Type, VR UI, VM 1. Uniquely identifies this Storage Commitment transaction."""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", None, name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): no Type, VR AE, VM 1-n. Application Entity Title where the SOP Instance(s) may be retrieved via a network based retrieve service."""

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", None, name="Storage Media File-Set ID")
    ] = None
    """Storage Media File-Set ID (0088,0130): no Type, VR SH, VM 1. User or implementation specific human readable identification of a Storage Media on which the SOP Instances reside."""

    StorageMediaFileSetUID: Annotated[
        vr.UI | None, Attribute(0x00880140, "UI", "1", None, name="Storage Media File-Set UID")
    ] = None
    """Storage Media File-Set UID (0088,0140): no Type, VR UI, VM 1. Uniquely identifies a Storage Media on which the SOP Instances reside."""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItemStorageCommitment] | None,
        Attribute(0x00081199, "SQ", "1", None, name="Referenced SOP Sequence"),
    ] = None
    """Referenced SOP Sequence (0008,1199): no Type, VR SQ, VM 1. A Sequence of Items where each Item references a single SOP Instance for which storage commitment is requested / or has been provided."""

    FailedSOPSequence: Annotated[
        list[_FailedSOPSequenceItem] | None,
        Attribute(0x00081198, "SQ", "1", None, name="Failed SOP Sequence"),
    ] = None
    """Failed SOP Sequence (0008,1198): no Type, VR SQ, VM 1. A Sequence of Items where each Item references a single SOP Instance for which storage commitment could not be provided."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FailedSOPSequenceItem": ("dicomodel.items.failed_sop_sequence_item", "FailedSOPSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_storage_commitment",
        "ReferencedSOPSequenceItemStorageCommitment",
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
