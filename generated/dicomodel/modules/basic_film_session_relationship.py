"""Basic Film Session Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.proposed_study_sequence_item import (
        ProposedStudySequenceItem as _ProposedStudySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ProposedStudySequenceItem = Lazy(
        "dicomodel.items.proposed_study_sequence_item", "ProposedStudySequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EthnicGroupCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.proposed_study_sequence_item import (
        ProposedStudySequenceItem as ProposedStudySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedFilmBoxSequenceItem,
    )

__all__ = [
    "BasicFilmSessionRelationshipModule",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "MappingResourceTerm",
    "ProposedStudySequenceItem",
    "ReferencedFilmBoxSequenceItem",
]


class BasicFilmSessionRelationshipModule(DicomModel):
    """Basic Film Session Relationship Module Attributes (PS3.3 Table C.13-2)."""

    dicom_name: ClassVar[str] = "Basic Film Session Relationship"
    dicom_table: ClassVar[str] = "table_C.13-2"

    ReferencedFilmBoxSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x20000500, "SQ", "1", None, name="Referenced Film Box Sequence"),
    ] = None
    """Referenced Film Box Sequence (2000,0500): no Type, VR SQ, VM 1. A set of Film Boxes. Zero or more Items shall be included in this Sequence."""

    ProposedStudySequence: Annotated[
        list[_ProposedStudySequenceItem] | None,
        Attribute(0x213000A0, "SQ", "1", None, name="Proposed Study Sequence"),
    ] = None
    """Proposed Study Sequence (2130,00A0): no Type, VR SQ, VM 1. Attributes that may be used to identify and describe the Patient, Study and Series that are the subject of this Film Session. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EthnicGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ProposedStudySequenceItem": (
        "dicomodel.items.proposed_study_sequence_item",
        "ProposedStudySequenceItem",
    ),
    "ReferencedFilmBoxSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
