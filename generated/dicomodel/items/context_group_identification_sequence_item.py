"""Item class ContextGroupIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.mapping_resource import MappingResourceTerm as _MappingResourceTerm
else:
    from dicomodel.lazy import Lazy

    _MappingResourceTerm = Lazy("dicomodel.enums.mapping_resource", "MappingResourceTerm")

if TYPE_CHECKING:
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm

__all__ = [
    "ContextGroupIdentificationSequenceItem",
    "MappingResourceTerm",
]


class ContextGroupIdentificationSequenceItem(DicomModel):
    """An item of Context Group Identification Sequence (0008,0123), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Context Group Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    ContextIdentifier: Annotated[
        vr.CS, Attribute(0x0008010F, "CS", "1", "1", name="Context Identifier")
    ]
    """Context Identifier (0008,010F): Type 1, VR CS, VM 1. The identifier of the Context Group. See Section 8.6."""

    ContextUID: Annotated[
        vr.UI | None, Attribute(0x00080117, "UI", "1", "3", name="Context UID")
    ] = None
    """Context UID (0008,0117): Type 3, VR UI, VM 1. The unique identifier of the Context Group. See Section 8.6."""

    MappingResource: Annotated[
        _MappingResourceTerm | vr.CS, Attribute(0x00080105, "CS", "1", "1", name="Mapping Resource")
    ]
    """Mapping Resource (0008,0105): Type 1, VR CS, VM 1. The identifier of the Mapping Resource that defines the Context Group. See Section 8.4."""

    ContextGroupVersion: Annotated[
        vr.DT, Attribute(0x00080106, "DT", "1", "1", name="Context Group Version")
    ]
    """Context Group Version (0008,0106): Type 1, VR DT, VM 1. The identifier of the version of the Context Group. See Section 8.5."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
