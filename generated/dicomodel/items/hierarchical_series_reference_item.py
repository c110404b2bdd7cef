"""Item class HierarchicalSeriesReferenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as _ReferencedSOPSequenceItemHierarchicalEvidenceReference,
    )
else:
    from dicomodel.lazy import Lazy

    _ReferencedSOPSequenceItemHierarchicalEvidenceReference = Lazy(
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HierarchicalSeriesReferenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
]


class HierarchicalSeriesReferenceItem(DicomModel):
    """An item of Referenced Series Sequence (0008,1115), as first defined in Hierarchical Evidence Reference Macro Attributes (10.42-1)."""

    dicom_name: ClassVar[str] = "Referenced Series Sequence"
    dicom_table: ClassVar[str] = "table_10.42-1"

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of a Series that is part of this Study and contains the referenced Composite Object(s)."""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", "3", name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): Type 3, VR AE, VM 1-n. Title of the DICOM Application Entity where the Composite Object(s) may be retrieved on the network."""

    RetrieveLocationUID: Annotated[
        vr.UI | None, Attribute(0x0040E011, "UI", "1", "3", name="Retrieve Location UID")
    ] = None
    """Retrieve Location UID (0040,E011): Type 3, VR UI, VM 1. Unique identifier of the system where the Composite Object(s) may be retrieved on the network."""

    RetrieveURL: Annotated[
        vr.UR | None, Attribute(0x00081190, "UR", "1", "3", name="Retrieve URL")
    ] = None
    """Retrieve URL (0008,1190): Type 3, VR UR, VM 1. URL specifying the location of the referenced Instance(s)."""

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", "3", name="Storage Media File-Set ID")
    ] = None
    """Storage Media File-Set ID (0088,0130): Type 3, VR SH, VM 1. The user or implementation specific human readable identifier that identifies the Storage Media on which the Composite Object (s) reside."""

    StorageMediaFileSetUID: Annotated[
        vr.UI | None, Attribute(0x00880140, "UI", "1", "3", name="Storage Media File-Set UID")
    ] = None
    """Storage Media File-Set UID (0088,0140): Type 3, VR UI, VM 1. Uniquely identifies the Storage Media on which the Composite Object(s) reside."""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItemHierarchicalEvidenceReference],
        Attribute(0x00081199, "SQ", "1", "1", name="Referenced SOP Sequence"),
    ]
    """Referenced SOP Sequence (0008,1199): Type 1, VR SQ, VM 1. References to Composite Object SOP Class/SOP Instance pairs that are part of the Study defined by Study Instance UID and the Series defined by Series Instance UID (0020,000E). One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
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
