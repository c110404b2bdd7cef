"""Item class StorageProtocolElementSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.storage_item import StorageItem as _StorageItem
else:
    from dicomodel.lazy import Lazy

    _StorageItem = Lazy("dicomodel.items.storage_item", "StorageItem")

if TYPE_CHECKING:
    from dicomodel.items.dicom_storage_sequence_item import (
        DICOMStorageSequenceItem as DICOMStorageSequenceItem,
    )
    from dicomodel.items.storage_item import StorageItem as OutputInformationSequenceItem
    from dicomodel.items.stowrs_storage_sequence_item import (
        STOWRSStorageSequenceItem as STOWRSStorageSequenceItem,
    )
    from dicomodel.items.xds_retrieval_sequence_item import (
        XDSRetrievalSequenceItem as XDSStorageSequenceItem,
    )

__all__ = [
    "DICOMStorageSequenceItem",
    "OutputInformationSequenceItem",
    "STOWRSStorageSequenceItem",
    "StorageProtocolElementSequenceItem",
    "XDSStorageSequenceItem",
]


class StorageProtocolElementSequenceItem(DicomModel):
    """An item of Storage Protocol Element Sequence (0018,9936), as first defined in Performed Storage Module Attributes (C.34.14-1)."""

    dicom_name: ClassVar[str] = "Storage Protocol Element Sequence"
    dicom_table: ClassVar[str] = "table_C.34.14-1"

    ProtocolElementNumber: Annotated[
        vr.US, Attribute(0x00189921, "US", "1", "1", name="Protocol Element Number")
    ]
    """Protocol Element Number (0018,9921): Type 1, VR US, VM 1. Identifies the protocol element and the order in which the elements are performed in the Protocol. The value shall start at 1 and increase monotonically by 1."""

    ProtocolElementName: Annotated[
        vr.LO | None, Attribute(0x00189922, "LO", "1", "2", name="Protocol Element Name")
    ]
    """Protocol Element Name (0018,9922): Type 2, VR LO, VM 1. Name for this protocol element."""

    ProtocolElementPurpose: Annotated[
        vr.UT | None, Attribute(0x00189924, "UT", "1", "3", name="Protocol Element Purpose")
    ] = None
    """Protocol Element Purpose (0018,9924): Type 3, VR UT, VM 1. Description of the purpose this element serves in the protocol. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the purpose the Protocol Element serves in the Protoc..."""

    ProtocolElementCharacteristicsSummary: Annotated[
        vr.UT | None,
        Attribute(0x00189923, "UT", "1", "3", name="Protocol Element Characteristics Summary"),
    ] = None
    """Protocol Element Characteristics Summary (0018,9923): Type 3, VR UT, VM 1. Summary description of characteristics of this element. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the characteristics of the Protocol Element."""

    SourceAcquisitionProtocolElementNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00189938,
            "US",
            "1-n",
            "1C",
            name="Source Acquisition Protocol Element Number",
            when=("not", ("present", 0x0018993A)),
        ),
    ] = None
    """Source Acquisition Protocol Element Number (0018,9938): Type 1C, VR US, VM 1-n. Required if Source Reconstruction Protocol Element Number (0018,993A) is not present. A value corresponding to the Element Number (0018,9921) of the Acquisition Protocol Element for which data is stored. Source Acquisition Protocol Element references are for storage of raw acquisition data."""

    SourceReconstructionProtocolElementNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0018993A,
            "US",
            "1-n",
            "1C",
            name="Source Reconstruction Protocol Element Number",
            when=("not", ("present", 0x00189938)),
        ),
    ] = None
    """Source Reconstruction Protocol Element Number (0018,993A): Type 1C, VR US, VM 1-n. Required if Source Acquisition Protocol Element Number (0018,9938) is not present. The Element Number (0018,9921) corresponding to the Reconstruction Protocol Element for which data is stored. This may be multi-valued if multiple reconstruction protocol element data are being stored together."""

    SourceAcquisitionBeamNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00189939,
            "US",
            "1-n",
            "1C",
            name="Source Acquisition Beam Number",
            when=(
                "and",
                ("sop_class", ("1.2.840.10008.5.1.4.1.1.200.2", "1.2.840.10008.5.1.4.1.1.200.8")),
                ("present", 0x00189938),
                (
                    "unknown",
                    "names no attribute: only some of the beams in the Acquisition Protocol Element are to be stored",
                ),
            ),
        ),
    ] = None
    """Source Acquisition Beam Number (0018,9939): Type 1C, VR US, VM 1-n. Required if: SOP Class UID (0008,0016) has a value of 1.2.840.10008.5.1.4.1.1.200.2 (CT Performed Procedure Protocol Storage) or 1.2.840.10008.5.1.4.1.1.200.8 (XA Performed Procedure Protocol Storage), and Source Acquisition Protocol Element Number (0018,9938) is present and only some of the beams in the Acquisition Protocol Element are to be stored. The Beam Number (300A,00C0) in the Acquisition Protocol Element (specified in Source Acquisition Protocol Element Number (0018,9938) ) for which data is stored. Multiple values may be specified if data for multiple beams is being stored."""

    ReferencedSOPClassUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081150,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Class UID",
            enumerated=((0, ("1.2.840.10008.5.1.4.1.1.200.2", "1.2.840.10008.5.1.4.1.1.200.8")),),
            when=(
                "unknown",
                "names no attribute: the referenced acquisition or reconstruction protocol element is not in this Instance",
            ),
        ),
    ] = None
    """Referenced SOP Class UID (0008,1150): Type 1C, VR UI, VM 1. Required if the referenced acquisition or reconstruction protocol element is not in this Instance. Uniquely identifies the referenced SOP Class. Required if the referenced acquisition or reconstruction protocol element is not in this Instance."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00081155,
            "UI",
            "1",
            "1C",
            name="Referenced SOP Instance UID",
            when=(
                "unknown",
                "names no attribute: the referenced acquisition or reconstruction protocol element is not in this Instance",
            ),
        ),
    ] = None
    """Referenced SOP Instance UID (0008,1155): Type 1C, VR UI, VM 1. Required if the referenced acquisition or reconstruction protocol element is not in this Instance. The UID of the Protocol Instance containing the element referenced in Source Reconstruction Protocol Element Number (0018,993A) or Source Acquisition Protocol Element Number (0018,9938)."""

    OutputInformationSequence: Annotated[
        list[_StorageItem],
        Attribute(0x00404033, "SQ", "1", "1", name="Output Information Sequence"),
    ]
    """Output Information Sequence (0040,4033): Type 1, VR SQ, VM 1. References to acquired and reconstructed data objects stored as part of this storage protocol element. One or more Items shall be included in this Sequence."""


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
