"""Item class DigitalSignaturesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.certificate_type import CertificateTypeTerm as _CertificateTypeTerm
    from dicomodel.enums.certified_timestamp_type import (
        CertifiedTimestampTypeTerm as _CertifiedTimestampTypeTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CertificateTypeTerm = Lazy("dicomodel.enums.certificate_type", "CertificateTypeTerm")
    _CertifiedTimestampTypeTerm = Lazy(
        "dicomodel.enums.certified_timestamp_type", "CertifiedTimestampTypeTerm"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.certificate_type import CertificateTypeTerm as CertificateTypeTerm
    from dicomodel.enums.certified_timestamp_type import (
        CertifiedTimestampTypeTerm as CertifiedTimestampTypeTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DigitalSignaturePurposeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "CertificateTypeTerm",
    "CertifiedTimestampTypeTerm",
    "ContextGroupExtensionFlag",
    "DigitalSignaturePurposeCodeSequenceItem",
    "DigitalSignaturesSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class DigitalSignaturesSequenceItem(DicomModel):
    """An item of Digital Signatures Sequence (FFFA,FFFA), as first defined in Digital Signatures Macro Attributes (C.12-6)."""

    dicom_name: ClassVar[str] = "Digital Signatures Sequence"
    dicom_table: ClassVar[str] = "table_C.12-6"

    MACIDNumber: Annotated[vr.US, Attribute(0x04000005, "US", "1", "1", name="MAC ID Number")]
    """MAC ID Number (0400,0005): Type 1, VR US, VM 1. A number used to identify which MAC Parameters Sequence Item was used in the calculation of this Digital Signature."""

    DigitalSignatureUID: Annotated[
        vr.UI, Attribute(0x04000100, "UI", "1", "1", name="Digital Signature UID")
    ]
    """Digital Signature UID (0400,0100): Type 1, VR UI, VM 1. A UID that can be used to uniquely reference this signature."""

    DigitalSignatureDateTime: Annotated[
        vr.DT, Attribute(0x04000105, "DT", "1", "1", name="Digital Signature DateTime")
    ]
    """Digital Signature DateTime (0400,0105): Type 1, VR DT, VM 1. The date and time the Digital Signature was created. The time shall include an offset (i.e., time zone indication) from Coordinated Universal Time. This is not a certified timestamp, and hence is not completely verifiable."""

    CertificateType: Annotated[
        _CertificateTypeTerm | vr.CS, Attribute(0x04000110, "CS", "1", "1", name="Certificate Type")
    ]
    """Certificate Type (0400,0110): Type 1, VR CS, VM 1. The type of certificate used in (0400,0115). Defined Terms: X509_1993_SIG Digital Signature Security Profiles (see PS3.15) may require the use of a restricted subset of these terms."""

    CertificateOfSigner: Annotated[
        vr.OB, Attribute(0x04000115, "OB", "1", "1", name="Certificate of Signer")
    ]
    """Certificate of Signer (0400,0115): Type 1, VR OB, VM 1. A certificate that holds the identity of the entity producing this Digital Signature, that entity's public key or key identifier, and the algorithm and associated parameters with which that public key is to be used."""

    Signature: Annotated[vr.OB, Attribute(0x04000120, "OB", "1", "1", name="Signature")]
    """Signature (0400,0120): Type 1, VR OB, VM 1. The MAC generated as described in Section C.12.1.1.3.1.1 and encrypted using the algorithm, parameters, and private key associated with the Certificate of the Signer (0400,0115). See Section C.12.1.1.3.1.2."""

    CertifiedTimestampType: Annotated[
        _CertifiedTimestampTypeTerm | vr.CS | None,
        Attribute(
            0x04000305,
            "CS",
            "1",
            "1C",
            name="Certified Timestamp Type",
            when=("present", 0x04000310),
        ),
    ] = None
    """Certified Timestamp Type (0400,0305): Type 1C, VR CS, VM 1. Required if Certified Timestamp (0400,0310) is present. The type of certified timestamp used in Certified Timestamp (0400,0310). Required if Certified Timestamp (0400,0310) is present."""

    CertifiedTimestamp: Annotated[
        vr.OB | None, Attribute(0x04000310, "OB", "1", "3", name="Certified Timestamp")
    ] = None
    """Certified Timestamp (0400,0310): Type 3, VR OB, VM 1. A certified timestamp of the Digital Signature (0400,0120) Attribute Value, which shall be obtained when the Digital Signature is created. See Section C.12.1.1.3.1.3."""

    DigitalSignaturePurposeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x04000401, "SQ", "1", "3", name="Digital Signature Purpose Code Sequence"),
    ] = None
    """Digital Signature Purpose Code Sequence (0400,0401): Type 3, VR SQ, VM 1. The purpose of this Digital Signature. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CertificateTypeTerm": ("dicomodel.enums.certificate_type", "CertificateTypeTerm"),
    "CertifiedTimestampTypeTerm": (
        "dicomodel.enums.certified_timestamp_type",
        "CertifiedTimestampTypeTerm",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DigitalSignaturePurposeCodeSequenceItem": (
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
