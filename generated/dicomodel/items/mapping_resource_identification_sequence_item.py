"""Item class MappingResourceIdentificationSequenceItem.

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
    "MappingResourceIdentificationSequenceItem",
    "MappingResourceTerm",
]


class MappingResourceIdentificationSequenceItem(DicomModel):
    """An item of Mapping Resource Identification Sequence (0008,0124), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Mapping Resource Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    MappingResource: Annotated[
        _MappingResourceTerm | vr.CS, Attribute(0x00080105, "CS", "1", "1", name="Mapping Resource")
    ]
    """Mapping Resource (0008,0105): Type 1, VR CS, VM 1. The identifier of the Mapping Resource. See Section 8.4."""

    MappingResourceUID: Annotated[
        vr.UI | None, Attribute(0x00080118, "UI", "1", "3", name="Mapping Resource UID")
    ] = None
    """Mapping Resource UID (0008,0118): Type 3, VR UI, VM 1. The unique identifier of the Mapping Resource."""

    MappingResourceName: Annotated[
        vr.LO | None, Attribute(0x00080122, "LO", "1", "3", name="Mapping Resource Name")
    ] = None
    """Mapping Resource Name (0008,0122): Type 3, VR LO, VM 1. The name of the Mapping Resource. See Section 8.4."""


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
