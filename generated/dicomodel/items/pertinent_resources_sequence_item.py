"""Item class PertinentResourcesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PertinentResourcesSequenceItem",
]


class PertinentResourcesSequenceItem(DicomModel):
    """An item of Pertinent Resources Sequence (0038,0101), as first defined in Patient Medical Module Attributes (C.2-4)."""

    dicom_name: ClassVar[str] = "Pertinent Resources Sequence"
    dicom_table: ClassVar[str] = "table_C.2-4"

    RetrieveURI: Annotated[
        vr.UR | None, Attribute(0x0040E010, "UR", "1", None, name="Retrieve URI")
    ] = None
    """Retrieve URI (0040,E010): no Type, VR UR, VM 1. Retrieval access path to resource. Includes fully specified scheme, authority, path, and query in accordance with [RFC3986]. The VR of this Data Element has changed from UT to UR."""

    ResourceDescription: Annotated[
        vr.LO | None, Attribute(0x00380102, "LO", "1", None, name="Resource Description")
    ] = None
    """Resource Description (0038,0102): no Type, VR LO, VM 1. Description or title of the resource."""
