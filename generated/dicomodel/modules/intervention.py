"""Intervention Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.intervention_sequence_item import (
        InterventionSequenceItem as _InterventionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _InterventionSequenceItem = Lazy(
        "dicomodel.items.intervention_sequence_item", "InterventionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.intervention_status import InterventionStatus as InterventionStatus
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdministrationRouteCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterventionDrugCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.intervention_sequence_item import (
        InterventionSequenceItem as InterventionSequenceItem,
    )

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InterventionDrugCodeSequenceItem",
    "InterventionModule",
    "InterventionSequenceItem",
    "InterventionStatus",
    "MappingResourceTerm",
]


class InterventionModule(DicomModel):
    """Intervention Module Attributes (PS3.3 Table C.7-19)."""

    dicom_name: ClassVar[str] = "Intervention"
    dicom_table: ClassVar[str] = "table_C.7-19"

    InterventionSequence: Annotated[
        list[_InterventionSequenceItem] | None,
        Attribute(0x00180036, "SQ", "1", "3", name="Intervention Sequence"),
    ] = None
    """Intervention Sequence (0018,0036): Type 3, VR SQ, VM 1. Sequence describing interventional therapies or procedures. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdministrationRouteCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InterventionDrugCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InterventionSequenceItem": (
        "dicomodel.items.intervention_sequence_item",
        "InterventionSequenceItem",
    ),
    "InterventionStatus": ("dicomodel.enums.intervention_status", "InterventionStatus"),
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
