"""Enhanced Contrast/Bolus Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.contrast_bolus_agent_sequence_item import (
        ContrastBolusAgentSequenceItem as _ContrastBolusAgentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ContrastBolusAgentSequenceItem = Lazy(
        "dicomodel.items.contrast_bolus_agent_sequence_item", "ContrastBolusAgentSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.contrast_bolus_ingredient_opaque import (
        ContrastBolusIngredientOpaque as ContrastBolusIngredientOpaque,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusAdministrationRouteSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusIngredientCodeSequenceItem,
    )
    from dicomodel.items.contrast_administration_profile_sequence_item import (
        ContrastAdministrationProfileSequenceItem as ContrastAdministrationProfileSequenceItem,
    )
    from dicomodel.items.contrast_bolus_agent_sequence_item import (
        ContrastBolusAgentSequenceItem as ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "ContrastAdministrationProfileSequenceItem",
    "ContrastBolusAdministrationRouteSequenceItem",
    "ContrastBolusAgentSequenceItem",
    "ContrastBolusIngredientCodeSequenceItem",
    "ContrastBolusIngredientOpaque",
    "EnhancedContrastBolusModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class EnhancedContrastBolusModule(DicomModel):
    """Enhanced Contrast/Bolus Module Attributes (PS3.3 Table C.7-12b)."""

    dicom_name: ClassVar[str] = "Enhanced Contrast/Bolus"
    dicom_table: ClassVar[str] = "table_C.7-12b"

    ContrastBolusAgentSequence: Annotated[
        list[_ContrastBolusAgentSequenceItem],
        Attribute(0x00180012, "SQ", "1", "1", name="Contrast/Bolus Agent Sequence"),
    ]
    """Contrast/Bolus Agent Sequence (0018,0012): Type 1, VR SQ, VM 1. Sequence that identifies one or more contrast agents administered prior to or during the acquisition. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastAdministrationProfileSequenceItem": (
        "dicomodel.items.contrast_administration_profile_sequence_item",
        "ContrastAdministrationProfileSequenceItem",
    ),
    "ContrastBolusAdministrationRouteSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContrastBolusAgentSequenceItem": (
        "dicomodel.items.contrast_bolus_agent_sequence_item",
        "ContrastBolusAgentSequenceItem",
    ),
    "ContrastBolusIngredientCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContrastBolusIngredientOpaque": (
        "dicomodel.enums.contrast_bolus_ingredient_opaque",
        "ContrastBolusIngredientOpaque",
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
