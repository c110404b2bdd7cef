"""Entity Long Labeling Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "EntityLongLabelingMacro",
]


class EntityLongLabelingMacro(DicomModel):
    """Entity Long Labeling Macro Attributes (PS3.3 Table 10.32-1)."""

    dicom_name: ClassVar[str] = "Entity Long Labeling"
    dicom_table: ClassVar[str] = "table_10.32-1"

    EntityLongLabel: Annotated[
        vr.LO, Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label")
    ]
    """Entity Long Label (3010,0038): Type 1, VR LO, VM 1. User-defined label for this entity. See Section 10.32.2.1."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""
