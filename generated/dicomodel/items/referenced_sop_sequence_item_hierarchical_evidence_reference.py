"""Item class ReferencedSOPSequenceItemHierarchicalEvidenceReference.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as _ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as _ReferencedSOPInstanceMACSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ReferencedDigitalSignatureSequenceItem = Lazy(
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    )
    _ReferencedSOPInstanceMACSequenceItem = Lazy(
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
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

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
]


class ReferencedSOPSequenceItemHierarchicalEvidenceReference(DicomModel):
    """An item of Referenced SOP Sequence (0008,1199), as first defined in Hierarchical Evidence Reference Macro Attributes (10.42-1)."""

    dicom_name: ClassVar[str] = "Referenced SOP Sequence"
    dicom_table: ClassVar[str] = "table_10.42-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    PurposeOfReferenceCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A170, "SQ", "1", "3", name="Purpose of Reference Code Sequence"),
    ] = None
    """Purpose of Reference Code Sequence (0040,A170): Type 3, VR SQ, VM 1. Describes the purpose for which the reference is made. One or more Items are permitted in this Sequence."""

    ReferencedDigitalSignatureSequence: Annotated[
        list[_ReferencedDigitalSignatureSequenceItem] | None,
        Attribute(0x04000402, "SQ", "1", "3", name="Referenced Digital Signature Sequence"),
    ] = None
    """Referenced Digital Signature Sequence (0400,0402): Type 3, VR SQ, VM 1. Sequence of references to Digital Signatures in the referenced SOP Instance. One or more Items are permitted in this Sequence. The Attributes in this Sequence can be used to detect if the referenced SOP Instance has been altered."""

    ReferencedSOPInstanceMACSequence: Annotated[
        list[_ReferencedSOPInstanceMACSequenceItem] | None,
        Attribute(0x04000403, "SQ", "1", "3", name="Referenced SOP Instance MAC Sequence"),
    ] = None
    """Referenced SOP Instance MAC Sequence (0400,0403): Type 3, VR SQ, VM 1. A MAC Calculation from data in the referenced SOP Instance that can be used as a data integrity check. Only a single Item is permitted in this Sequence."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
