"""Item class ContentTemplateSequenceItem.

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
    "ContentTemplateSequenceItem",
    "MappingResourceTerm",
]


class ContentTemplateSequenceItem(DicomModel):
    """An item of Content Template Sequence (0040,A504), as first defined in Document Content Macro Attributes (C.17-5)."""

    dicom_name: ClassVar[str] = "Content Template Sequence"
    dicom_table: ClassVar[str] = "table_C.17-5"

    MappingResource: Annotated[
        _MappingResourceTerm | vr.CS | None,
        Attribute(
            0x00080105,
            "CS",
            "1",
            "1C",
            name="Mapping Resource",
            when=("value", 0x0040A040, 0, "in", ("CONTAINER",)),
        ),
    ] = None
    """Mapping Resource (0008,0105): Type 1, VR CS, VM 1. Mapping Resource that defines the template. See Section 8.4. Defined Terms: DCMR DICOM Content Mapping Resource"""

    MappingResourceUID: Annotated[
        vr.UI | None, Attribute(0x00080118, "UI", "1", "3", name="Mapping Resource UID")
    ] = None
    """Mapping Resource UID (0008,0118): Type 3, VR UI, VM 1. Uniquely identifies the Mapping Resource that defines the template. The unique identifier for the DICOM Content Mapping Resource \"DCMR\" is defined in PS3.6."""

    TemplateIdentifier: Annotated[
        vr.CS | None,
        Attribute(
            0x0040DB00,
            "CS",
            "1",
            "1C",
            name="Template Identifier",
            when=("value", 0x0040A040, 0, "in", ("CONTAINER",)),
        ),
    ] = None
    """Template Identifier (0040,DB00): Type 1, VR CS, VM 1. Template identifier."""


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
