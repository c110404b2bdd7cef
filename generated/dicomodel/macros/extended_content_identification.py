"""Extended Content Identification Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )

__all__ = [
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ExtendedContentIdentificationMacro",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
]


class ExtendedContentIdentificationMacro(DicomModel):
    """Extended Content Identification Macro Attributes (PS3.3 Table 10.9.2-1)."""

    dicom_name: ClassVar[str] = "Extended Content Identification"
    dicom_table: ClassVar[str] = "table_10.9.2-1"

    UserContentLongLabel: Annotated[
        vr.LO, Attribute(0x30100034, "LO", "1", "1", name="User Content Long Label")
    ]
    """User Content Long Label (3010,0034): Type 1, VR LO, VM 1. User-defined label for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. User-defined description for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
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
