"""Presence rules of Basic Film Session Presentation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
BasicFilmSessionPresentationModule = (
    "table_C.13-1",
    (
        ("NumberOfCopies", Attribute(0x20000010, "IS", "1", None, name="Number of Copies"), None),
        (
            "PrintPriority",
            Attribute(
                0x20000020,
                "CS",
                "1",
                None,
                name="Print Priority",
                enumerated=((0, ("HIGH", "MED", "LOW")),),
            ),
            None,
        ),
        ("MediumType", Attribute(0x20000030, "CS", "1", None, name="Medium Type"), None),
        ("FilmDestination", Attribute(0x20000040, "CS", "1", None, name="Film Destination"), None),
        (
            "FilmSessionLabel",
            Attribute(0x20000050, "LO", "1", None, name="Film Session Label"),
            None,
        ),
        (
            "MemoryAllocation",
            Attribute(0x20000060, "IS", "1", None, name="Memory Allocation"),
            None,
        ),
        ("OwnerID", Attribute(0x21000160, "SH", "1", None, name="Owner ID"), None),
    ),
)
