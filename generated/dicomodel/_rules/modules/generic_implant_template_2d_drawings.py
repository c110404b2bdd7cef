"""Presence rules of Generic Implant Template 2D Drawings Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GenericImplantTemplate2DDrawingsModule = (
    "table_C.29.1.2-1",
    (
        (
            "HPGLDocumentSequence",
            Attribute(0x006862C0, "SQ", "1", "1", name="HPGL Document Sequence"),
            Lazy("dicomodel.items.hpgl_document_sequence_item", "HPGLDocumentSequenceItem"),
        ),
    ),
)
