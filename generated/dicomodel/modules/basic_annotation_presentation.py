"""Basic Annotation Presentation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BasicAnnotationPresentationModule",
]


class BasicAnnotationPresentationModule(DicomModel):
    """Basic Annotation Presentation Module Attributes (PS3.3 Table C.13-7)."""

    dicom_name: ClassVar[str] = "Basic Annotation Presentation"
    dicom_table: ClassVar[str] = "table_C.13-7"

    AnnotationPosition: Annotated[
        vr.US | None, Attribute(0x20300010, "US", "1", None, name="Annotation Position")
    ] = None
    """Annotation Position (2030,0010): no Type, VR US, VM 1. The position of the annotation box in the parent film box. Annotation position sequence depends on the selected Annotation Display Format ID (2010,0030)."""

    TextString: Annotated[
        vr.LO | None, Attribute(0x20300020, "LO", "1", None, name="Text String")
    ] = None
    """Text String (2030,0020): no Type, VR LO, VM 1. Text string."""
