"""Item class PertinentResourcesSequenceItemContentAssessmentResults.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PertinentResourcesSequenceItemContentAssessmentResults",
]


class PertinentResourcesSequenceItemContentAssessmentResults(DicomModel):
    """An item of Pertinent Resources Sequence (0038,0101), as first defined in Content Assessment Results Module Attributes (C.33.1-1)."""

    dicom_name: ClassVar[str] = "Pertinent Resources Sequence"
    dicom_table: ClassVar[str] = "table_C.33.1-1"

    RetrieveURI: Annotated[vr.UR, Attribute(0x0040E010, "UR", "1", "1", name="Retrieve URI")]
    """Retrieve URI (0040,E010): Type 1, VR UR, VM 1. Retrieval access path to resource. Includes fully specified scheme, authority, path, and query in accordance with [RFC3986]."""

    ResourceDescription: Annotated[
        vr.LO | None, Attribute(0x00380102, "LO", "1", "3", name="Resource Description")
    ] = None
    """Resource Description (0038,0102): Type 3, VR LO, VM 1. Description or title of the resource."""
