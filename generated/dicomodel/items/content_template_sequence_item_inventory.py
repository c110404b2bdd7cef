"""Item class ContentTemplateSequenceItemInventory.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ContentTemplateSequenceItemInventory",
]


class ContentTemplateSequenceItemInventory(DicomModel):
    """An item of Content Template Sequence (0040,A504), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Content Template Sequence"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    TemplateIdentifier: Annotated[
        vr.CS, Attribute(0x0040DB00, "CS", "1", "1", name="Template Identifier")
    ]
    """Template Identifier (0040,DB00): Type 1, VR CS, VM 1. Identifier of the Template as defined by the Mapping Resource (0008.0105)."""

    MappingResource: Annotated[
        vr.CS, Attribute(0x00080105, "CS", "1", "1", name="Mapping Resource")
    ]
    """Mapping Resource (0008,0105): Type 1, VR CS, VM 1. Resource that defines the Template."""
