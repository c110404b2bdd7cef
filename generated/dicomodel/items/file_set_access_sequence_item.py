"""Item class FileSetAccessSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as _ContainerFileTypeTerm
else:
    from dicomodel.lazy import Lazy

    _ContainerFileTypeTerm = Lazy("dicomodel.enums.container_file_type", "ContainerFileTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as ContainerFileTypeTerm

__all__ = [
    "ContainerFileTypeTerm",
    "FileSetAccessSequenceItem",
]


class FileSetAccessSequenceItem(DicomModel):
    """An item of File Set Access Sequence (0008,0419), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "File Set Access Sequence"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    FolderAccessURI: Annotated[
        vr.UR | None, Attribute(0x00080408, "UR", "1", "3", name="Folder Access URI")
    ] = None
    """Folder Access URI (0008,0408): Type 3, VR UR, VM 1. Access URI for a folder containing all SOP Instances for this Study. See Section C.38.1.2.7."""

    FileAccessURI: Annotated[
        vr.UR | None, Attribute(0x00080409, "UR", "1", "3", name="File Access URI")
    ] = None
    """File Access URI (0008,0409): Type 3, VR UR, VM 1. Access URI for a container file containing all SOP Instances for this Study. See Section C.38.1.2.7."""

    ContainerFileType: Annotated[
        _ContainerFileTypeTerm | vr.CS | None,
        Attribute(
            0x0008040A, "CS", "1", "1C", name="Container File Type", when=("present", 0x00080409)
        ),
    ] = None
    """Container File Type (0008,040A): Type 1C, VR CS, VM 1. Required if File Access URI (0008,0409) is present. Type of container file. See Section C.38.1.2.8 for Defined Terms. Required if File Access URI (0008,0409) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContainerFileTypeTerm": ("dicomodel.enums.container_file_type", "ContainerFileTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
