"""Entity Labeling Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "EntityLabelingMacro",
]


class EntityLabelingMacro(DicomModel):
    """Entity Labeling Macro Attributes (PS3.3 Table 10.31-1)."""

    dicom_name: ClassVar[str] = "Entity Labeling"
    dicom_table: ClassVar[str] = "table_10.31-1"

    EntityLabel: Annotated[vr.SH, Attribute(0x30100035, "SH", "1", "1", name="Entity Label")]
    """Entity Label (3010,0035): Type 1, VR SH, VM 1. User-defined label for this entity. See Section 10.31.1.1."""

    EntityName: Annotated[
        vr.LO | None, Attribute(0x30100036, "LO", "1", "3", name="Entity Name")
    ] = None
    """Entity Name (3010,0036): Type 3, VR LO, VM 1. User-defined name for this entity. See Section 10.31.1.2."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""
