"""Item class VerifyingObserverSequenceItem.

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
        CodeSequenceItem as VerifyingObserverIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "VerifyingObserverIdentificationCodeSequenceItem",
    "VerifyingObserverSequenceItem",
]


class VerifyingObserverSequenceItem(DicomModel):
    """An item of Verifying Observer Sequence (0040,A073), as first defined in SR Document General Module Attributes (C.17-2)."""

    dicom_name: ClassVar[str] = "Verifying Observer Sequence"
    dicom_table: ClassVar[str] = "table_C.17-2"

    VerifyingObserverName: Annotated[
        vr.PN, Attribute(0x0040A075, "PN", "1", "1", name="Verifying Observer Name")
    ]
    """Verifying Observer Name (0040,A075): Type 1, VR PN, VM 1. The person authorized by the Verifying Organization (0040,A027) to verify documents of this type and who accepts responsibility for the content of this document."""

    VerifyingObserverIdentificationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0040A088, "SQ", "1", "2", name="Verifying Observer Identification Code Sequence"
        ),
    ]
    """Verifying Observer Identification Code Sequence (0040,A088): Type 2, VR SQ, VM 1. Coded identifier of Verifying Observer. Zero or one Item shall be included in this Sequence."""

    VerifyingOrganization: Annotated[
        vr.LO, Attribute(0x0040A027, "LO", "1", "1", name="Verifying Organization")
    ]
    """Verifying Organization (0040,A027): Type 1, VR LO, VM 1. Organization to which the Verifying Observer Name (0040,A075) is accountable in the current interpretation procedure."""

    VerificationDateTime: Annotated[
        vr.DT, Attribute(0x0040A030, "DT", "1", "1", name="Verification DateTime")
    ]
    """Verification DateTime (0040,A030): Type 1, VR DT, VM 1. Date and Time of verification by the Verifying Observer Name (0040,A075)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "VerifyingObserverIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
